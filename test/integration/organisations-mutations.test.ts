import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
});
afterAll(() => subgraph?.close());

const nrk = seedId('organisation', 'norges-rode-kors');
const alta = seedId('organisation', 'alta-rode-kors');
const termik = seedId('organisation', 'termik');
const asOrg = (organisation: string) => tokenFor({ role: 'organisation', organisation });

const UPDATE =
  'mutation ($id: ID!, $v: Int!, $i: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $v, input: $i) { name phone version status address { street municipality { code } } } }';
const versionOf = async (id: string) =>
  (await gql(subgraph.url, 'query ($id: ID!) { organisation(id: $id) { version } }', { id })).data.organisation.version;

describe('organisation mutations', () => {
  it('an organisation updates itself and its chapters, not others; a stale version gets CONFLICT', async () => {
    const token = await asOrg(nrk);
    const own = await gql(subgraph.url, UPDATE, { id: nrk, v: await versionOf(nrk), i: { phone: '+47 22 05 40 00' } }, token);
    expect(own.data.updateOrganisation).toMatchObject({ phone: '+47 22 05 40 00', version: 2 });
    const v = await versionOf(alta);
    const chapter = await gql(
      subgraph.url,
      UPDATE,
      { id: alta, v, i: { address: { street: 'Markedsgata 1', municipalityCode: '5601' } } },
      token,
    );
    expect(chapter.data.updateOrganisation.address).toEqual({ street: 'Markedsgata 1', municipality: { code: '5601' } });
    expect(codes(await gql(subgraph.url, UPDATE, { id: alta, v, i: { phone: '1' } }, await tokenFor({ role: 'admin' })))).toEqual([
      'CONFLICT',
    ]);
    expect(codes(await gql(subgraph.url, UPDATE, { id: termik, v: 1, i: { phone: '1' } }, token))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, UPDATE, { id: alta, v: v + 1, i: { parentId: termik } }, token))).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await gql(
          subgraph.url,
          UPDATE,
          { id: termik, v: 1, i: { phone: '1' } },
          await tokenFor({ role: 'municipality', municipality: '1824' }),
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, UPDATE, { id: termik, v: 1, i: { phone: '1' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a taken orgNumber and writes nothing', async () => {
    const response = await gql(
      subgraph.url,
      UPDATE,
      { id: termik, v: await versionOf(termik), i: { orgNumber: '864139442' } },
      await tokenFor({ role: 'admin' }),
    );
    expect(response.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.orgNumber' });
    expect(await versionOf(termik)).toBe(1);
  });

  it('moves the version on when only the served municipalities change, so a second writer with the old version gets CONFLICT', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const id = seedId('organisation', 'nissedal-idrettslag');
    const v = await versionOf(id);
    const serve =
      'mutation ($id: ID!, $v: Int!, $codes: [MunicipalityCode!]) { updateOrganisation(id: $id, version: $v, input: { municipalityCodes: $codes }) { version municipalities { code } } }';
    const moved = await gql(subgraph.url, serve, { id, v, codes: ['4030', '1824'] }, admin);
    expect(moved.data.updateOrganisation).toEqual({ version: v + 1, municipalities: [{ code: '1824' }, { code: '4030' }] });
    expect(codes(await gql(subgraph.url, serve, { id, v, codes: ['4030'] }, admin))).toEqual(['CONFLICT']);
  });

  it('deactivates with the current version only', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const deactivate =
      'mutation ($id: ID!, $v: Int!) { deactivateOrganisation(id: $id, version: $v, status: DISSOLVED) { status version } }';
    const id = seedId('organisation', 'alta-bridgeklubb');
    expect(codes(await gql(subgraph.url, deactivate, { id, v: 7 }, admin))).toEqual(['CONFLICT']);
    expect((await gql(subgraph.url, deactivate, { id, v: 1 }, admin)).data.deactivateOrganisation).toEqual({
      status: 'DISSOLVED',
      version: 2,
    });
  });
});

const CREATE_SERVICE =
  'mutation ($i: CreateServiceInput!) { createService(input: $i) { id version status activities { code } municipalities { code } } }';
const UPDATE_SERVICE =
  'mutation ($id: ID!, $v: Int!, $i: UpdateServiceInput!) { updateService(id: $id, version: $v, input: $i) { name version activities { code } targetGroups { code } } }';

describe('service mutations', () => {
  it('an organisation creates, updates and deactivates services of its chapters; stale versions get CONFLICT', async () => {
    const token = await asOrg(nrk);
    const input = {
      organisationId: alta,
      name: 'Besøkstjeneste i Alta',
      activities: ['visiting_service'],
      targetGroups: ['home_dwelling_elderly'],
      municipalityCodes: ['5601'],
    };
    const created = (await gql(subgraph.url, CREATE_SERVICE, { i: input }, token)).data.createService;
    expect(created).toMatchObject({
      version: 1,
      status: 'ACTIVE',
      activities: [{ code: 'visiting_service' }],
      municipalities: [{ code: '5601' }],
    });
    const updated = await gql(
      subgraph.url,
      UPDATE_SERVICE,
      { id: created.id, v: 1, i: { activities: ['visiting_service', 'transport'] } },
      token,
    );
    expect(updated.data.updateService).toMatchObject({
      version: 2,
      activities: [{ code: 'transport' }, { code: 'visiting_service' }],
      targetGroups: [{ code: 'home_dwelling_elderly' }],
    });
    expect(codes(await gql(subgraph.url, UPDATE_SERVICE, { id: created.id, v: 1, i: { name: 'x' } }, token))).toEqual(['CONFLICT']);
    const deactivated = await gql(
      subgraph.url,
      'mutation ($id: ID!) { deactivateService(id: $id, version: 2) { status version } }',
      { id: created.id },
      token,
    );
    expect(deactivated.data.deactivateService).toEqual({ status: 'INACTIVE', version: 3 });
  });

  it('refuses other organisations, anonymous callers and unknown taxonomy codes', async () => {
    const input = { organisationId: termik, name: 'Følgetjeneste', activities: ['terminal_care_companionship'] };
    expect(codes(await gql(subgraph.url, CREATE_SERVICE, { i: input }, await asOrg(nrk)))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, CREATE_SERVICE, { i: input }))).toEqual(['UNAUTHENTICATED']);
    const bad = await gql(subgraph.url, CREATE_SERVICE, { i: { ...input, activities: ['knitting'] } }, await asOrg(termik));
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activities[0]' });
    const count = await gql(subgraph.url, 'query ($o: ID!) { services(filter: { organisationId: $o }) { totalCount } }', { o: termik });
    expect(count.data.services.totalCount).toBe(1);
  });
});

describe('municipality volunteer policy', () => {
  const POLICY =
    'mutation ($c: MunicipalityCode!, $v: Int!, $i: VolunteerPolicyInput!) { updateVolunteerPolicy(code: $c, version: $v, input: $i) { hasVolunteerPolicy volunteerPolicyAdoptedOn volunteerPolicyUrl coordinatorName coordinatorEmail version } }';
  const input = {
    hasVolunteerPolicy: true,
    volunteerPolicyAdoptedOn: '2024-06-13',
    volunteerPolicyUrl: 'https://www.alta.kommune.no/frivillighet',
    coordinatorName: 'Frivillighetskoordinator',
    coordinatorEmail: 'frivillighet@alta.kommune.no',
  };

  it('a municipality updates its own policy and coordinator, with the current version', async () => {
    const token = await tokenFor({ role: 'municipality', municipality: '5601' });
    const v = (await gql(subgraph.url, '{ municipality(code: "5601") { version } }')).data.municipality.version;
    const response = await gql(subgraph.url, POLICY, { c: '5601', v, i: input }, token);
    expect(response.data.updateVolunteerPolicy).toEqual({ ...input, version: v + 1 });
    expect(codes(await gql(subgraph.url, POLICY, { c: '5601', v, i: { coordinatorPhone: '1' } }, token))).toEqual(['CONFLICT']);
  });

  it('refuses another municipality, organisations and bad input', async () => {
    expect(
      codes(await gql(subgraph.url, POLICY, { c: '1824', v: 1, i: input }, await tokenFor({ role: 'municipality', municipality: '5601' }))),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, POLICY, { c: '1824', v: 1, i: input }, await asOrg(termik)))).toEqual(['FORBIDDEN']);
    const bad = await gql(
      subgraph.url,
      POLICY,
      { c: '1824', v: 1, i: { volunteerPolicyUrl: 'vefsn.kommune.no' } },
      await tokenFor({ role: 'admin' }),
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.volunteerPolicyUrl' });
  });
});
