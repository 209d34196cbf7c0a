import { describe, expect, it } from 'vitest';
import { mayManage } from '../../subgraphs/organisations/access.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { OrganisationKind, OrganisationStatus } from '../../subgraphs/organisations/enums.js';
import { changedFields, currentFields, patchProblems } from '../../subgraphs/organisations/rules/organisation-fields.js';

const organisation = Object.assign(new Organisation(), {
  id: 'alta',
  name: 'Alta Røde Kors',
  kind: OrganisationKind.VOLUNTARY_ORGANISATION,
  parentId: 'nrk',
  status: OrganisationStatus.ACTIVE,
  addressStreet: 'Markedsgata 1',
  addressMunicipalityCode: '5601',
});
const current = currentFields(organisation, ['5601']);

describe('organisation fields', () => {
  it('names every broken rule under the given prefix', () => {
    const problems = patchProblems(
      {
        name: ' ',
        orgNumber: '864139441',
        email: 'nope',
        website: 'rodekors.no',
        icnpoCategories: ['4 100', 'helse'],
        municipalityCodes: ['5601', '0000'],
        address: { municipalityCode: '9999' },
      },
      'input',
    );
    expect(problems.map((p) => p.field)).toEqual([
      'input.name',
      'input.orgNumber',
      'input.icnpoCategories[1]',
      'input.municipalityCodes[1]',
      'input.address.municipalityCode',
      'input.email',
      'input.website',
    ]);
    expect(patchProblems({ orgNumber: '864139442', icnpoCategories: ['4', '4 100'] }, 'records[0]')).toEqual([]);
  });

  it('reports only fields that really change: left-out fields, reordered or repeated codes and empty values compare alike', () => {
    expect(changedFields(current, {})).toEqual([]);
    expect(
      changedFields(current, {
        name: 'Alta Røde Kors ',
        municipalityCodes: ['5601', '5601'],
        description: null,
        icnpoCategories: [],
        registeredInFrivillighetsregisteret: null,
      }),
    ).toEqual([]);
    expect(changedFields(current, { address: { street: 'Markedsgata 1', municipalityCode: '5601' } })).toEqual([]);
    expect(changedFields(current, { address: null, status: OrganisationStatus.INACTIVE, municipalityCodes: ['1824', '5601'] })).toEqual([
      'municipalityCodes',
      'address',
      'status',
    ]);
  });
});

describe('organisation access', () => {
  it('lets an organisation manage itself and its chapters, admins anything, others nothing', () => {
    expect(mayManage({ role: 'organisation', organisationId: 'alta' }, organisation)).toBe(true);
    expect(mayManage({ role: 'organisation', organisationId: 'nrk' }, organisation)).toBe(true);
    expect(mayManage({ role: 'organisation', organisationId: 'termik' }, organisation)).toBe(false);
    expect(mayManage({ role: 'admin' }, organisation)).toBe(true);
    expect(mayManage({ role: 'municipality', municipalityCode: '5601' }, organisation)).toBe(false);
  });
});
