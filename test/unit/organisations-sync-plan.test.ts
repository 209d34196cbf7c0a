import { describe, expect, it } from 'vitest';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { OrganisationKind, OrganisationStatus, SyncMatch, SyncOutcomeKind } from '../../subgraphs/organisations/enums.js';
import type { SyncState } from '../../subgraphs/organisations/sync/sync.load.js';
import { planSync } from '../../subgraphs/organisations/sync/sync.plan.js';
import type { SyncRecord } from '../../subgraphs/organisations/sync/sync.types.js';

const org = (fields: Partial<Organisation>) =>
  Object.assign(new Organisation(), {
    name: 'X',
    kind: OrganisationKind.VOLUNTARY_ORGANISATION,
    status: OrganisationStatus.ACTIVE,
    version: 1,
    ...fields,
  });

const national = org({ id: 'national', name: 'Norges Røde Kors', orgNumber: '864139442' });
const chapter = org({ id: 'chapter', name: 'Alta Røde Kors', parentId: 'national' });
const other = org({ id: 'other', name: 'Alta frivilligsentral', orgNumber: '991000003' });

function state(links: Record<string, string> = {}): SyncState {
  const orgs = [national, chapter, other];
  return {
    links: new Map(Object.entries(links)),
    byId: new Map(orgs.map((o) => [o.id, o])),
    byOrgNumber: new Map(orgs.filter((o) => o.orgNumber).map((o) => [o.orgNumber!, o])),
    served: new Map([['chapter', ['5601']]]),
  };
}

const V = OrganisationKind.VOLUNTARY_ORGANISATION;

describe('planSync', () => {
  it('gives each record an outcome: created, updated with the changed fields, unchanged', () => {
    const records: SyncRecord[] = [
      { externalId: 'new', name: 'Vefsn Røde Kors', kind: V, municipalityCodes: ['1824'] },
      { externalId: 'alta', name: 'Alta Røde Kors', municipalityCodes: ['5601', '5601'] },
      { externalId: 'alta2', name: 'Alta Røde Kors (ny)', phone: '+47 400 00 000' },
    ];
    const plans = planSync(records, state({ alta: 'chapter', alta2: 'other' }), null);
    expect(plans.map((p) => p.outcome)).toEqual([SyncOutcomeKind.CREATED, SyncOutcomeKind.UNCHANGED, SyncOutcomeKind.UPDATED]);
    expect(plans[0].changedFields).toEqual(['name', 'kind', 'municipalityCodes']);
    expect(plans[2].changedFields).toEqual(['name', 'phone']);
    expect(plans[1].matchedBy).toBe(SyncMatch.EXTERNAL_ID);
  });

  it('matches by orgNumber when the key is new, and links the key', () => {
    const [plan] = planSync([{ externalId: 'nrk', orgNumber: '864139442', name: 'Norges Røde Kors' }], state(), null);
    expect(plan).toMatchObject({
      outcome: SyncOutcomeKind.UNCHANGED,
      matchedBy: SyncMatch.ORG_NUMBER,
      organisationId: 'national',
      newLink: true,
    });
  });

  it('rejects bad records with field errors and still plans the others', () => {
    const plans = planSync(
      [
        { externalId: 'a', name: 'A', kind: V, orgNumber: '864139441' },
        { externalId: 'b', name: 'B', kind: V, municipalityCodes: ['9999'] },
        { externalId: 'c', name: 'C' },
        { externalId: 'a', name: 'A again', kind: V },
        { externalId: 'd', name: 'D', kind: V, orgNumber: '991000003' },
        { externalId: 'e', name: 'E', kind: V, parentOrgNumber: '991000070' },
        { externalId: 'f', name: 'F', kind: V },
      ],
      state(),
      null,
    );
    expect(plans.map((p) => p.errors.map((e) => e.field))).toEqual([
      ['records[0].orgNumber'],
      ['records[1].municipalityCodes[0]'],
      ['records[2].kind'],
      ['records[3].externalId'],
      [],
      ['records[5].parentOrgNumber'],
      [],
    ]);
    expect(plans[0].errors[0].message).toMatch(/MOD11/);
    // d matches the organisation holding its orgNumber, so it updates it rather than colliding.
    expect(plans[4]).toMatchObject({ outcome: SyncOutcomeKind.UPDATED, organisationId: 'other' });
    expect(plans[6].outcome).toBe(SyncOutcomeKind.CREATED);
  });

  it('resolves a parent created earlier in the batch by orgNumber', () => {
    const plans = planSync(
      [
        { externalId: 'p', name: 'Parent', kind: V, orgNumber: '991000070' },
        { externalId: 'c', name: 'Child', kind: V, parentOrgNumber: '991000070' },
      ],
      state(),
      null,
    );
    expect(plans[1].patch.parentId).toBe(plans[0].organisationId);
  });

  it('keeps a partner to its own chapters: new records default to them, others are rejected', () => {
    const plans = planSync(
      [
        { externalId: 'new', name: 'Vefsn Røde Kors', kind: V },
        { externalId: 'x', name: 'Alta frivilligsentral', orgNumber: '991000003' },
        { externalId: 'y', name: 'Elsewhere', kind: V, parentId: 'other' },
        { externalId: 'alta', name: 'Alta Røde Kors' },
      ],
      state({ alta: 'chapter' }),
      'national',
    );
    expect(plans[0]).toMatchObject({ outcome: SyncOutcomeKind.CREATED, patch: { parentId: 'national' } });
    expect(plans[1].errors[0]).toMatchObject({ field: 'records[1].orgNumber', message: expect.stringMatching(/not a chapter/) });
    expect(plans[2].errors[0].field).toBe('records[2].parentId');
    expect(plans[3].outcome).toBe(SyncOutcomeKind.UNCHANGED);
  });
});
