import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
  // One inactive organisation with an address (not a served municipality) in Kristiansund, for the status and address filters.
  const admin = await tokenFor({ role: 'admin' });
  const created = await gql(
    subgraph.url,
    'mutation { createOrganisation(input: { name: "Nordmøre Omsorgsstiftelse", kind: NON_PROFIT_WELFARE_PROVIDER, address: { street: "Kaibakken 1", municipalityCode: "1505" } }) { id version } }',
    undefined,
    admin,
  );
  const { id, version } = created.data.createOrganisation;
  await gql(
    subgraph.url,
    'mutation ($id: ID!, $v: Int!) { deactivateOrganisation(id: $id, version: $v) { status } }',
    { id, v: version },
    admin,
  );
});
afterAll(() => subgraph?.close());

type Named = { edges: { node: { name: string } }[]; totalCount: number };
const names = (connection: Named) => connection.edges.map((e) => e.node.name).sort();

async function organisationNames(filter: object) {
  const response = await gql(
    subgraph.url,
    'query ($f: OrganisationFilter) { organisations(filter: $f, first: 100) { totalCount edges { node { name } } } }',
    { f: filter },
  );
  expect(response.errors).toBeUndefined();
  return names(response.data.organisations);
}
async function serviceNames(filter: object) {
  const response = await gql(
    subgraph.url,
    'query ($f: ServiceFilter) { services(filter: $f, first: 100) { totalCount edges { node { name } } } }',
    { f: filter },
  );
  expect(response.errors).toBeUndefined();
  return names(response.data.services);
}

describe('organisation filters', () => {
  it('by municipality: served, or with the address there', async () => {
    expect(await organisationNames({ municipalityCode: '1505' })).toEqual(['Kristiansund Røde Kors', 'Nordmøre Omsorgsstiftelse']);
  });
  it('by county', async () => {
    const finnmark = await organisationNames({ countyCode: '56' });
    expect(finnmark).toEqual(
      ['Alta Bridgeklubb', 'Alta frivilligsentral', 'Alta Pensjonistforening', 'Alta Røde Kors', 'Lions Club Alta'].sort(),
    );
  });
  it('by kind', async () => {
    expect(await organisationNames({ kinds: ['FAITH_COMMUNITY'] })).toEqual(['Frikirken i Nissedal']);
  });
  it('by status', async () => {
    expect(await organisationNames({ statuses: ['INACTIVE'] })).toEqual(['Nordmøre Omsorgsstiftelse']);
    expect(await organisationNames({ statuses: ['ACTIVE'], municipalityCode: '1505' })).toEqual(['Kristiansund Røde Kors']);
  });
  it('by activity and target group of their services', async () => {
    expect(await organisationNames({ activity: 'refugee_guide' })).toEqual(['Bergen Røde Kors']);
    expect(await organisationNames({ activity: 'meal_delivery' })).toEqual(['Alta frivilligsentral', 'Levanger Sanitetsforening']);
    expect(await organisationNames({ targetGroup: 'substance_users' })).toEqual(['Frelsesarmeens bo- og omsorgssenter Haugesund']);
  });
  it('by free text that ignores case and Norwegian letters', async () => {
    expect(await organisationNames({ search: 'TROMSO RODE' })).toEqual(['Tromsø Røde Kors']);
    expect(await organisationNames({ search: 'nordmore' })).toEqual(['Nordmøre Omsorgsstiftelse']);
    expect(await organisationNames({ search: 'rusmiddelbrukere', kinds: ['NON_PROFIT_WELFARE_PROVIDER'] })).toEqual([
      'Frelsesarmeens bo- og omsorgssenter Haugesund',
    ]);
  });
  it('refuses unknown codes, naming the filter field', async () => {
    for (const [filter, field] of [
      [{ activity: 'knitting' }, 'filter.activity'],
      [{ targetGroup: 'cats' }, 'filter.targetGroup'],
      [{ countyCode: '99' }, 'filter.countyCode'],
    ] as const) {
      const response = await gql(subgraph.url, 'query ($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }', {
        f: filter,
      });
      expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('services', () => {
  it('are seeded from the sources, keyed by seedId, with taxonomy terms and where offered', async () => {
    const { data } = await gql(
      subgraph.url,
      'query ($id: ID!) { service(id: $id) { name eligibility activities { code nameNb } targetGroups { code } municipalities { name } organisation { name } } }',
      { id: seedId('service', 'bergen-flyktningguide') },
    );
    expect(data.service).toMatchObject({
      name: 'Røde Kors Flyktningguide',
      activities: [{ code: 'refugee_guide', nameNb: 'Flyktningguide' }],
      targetGroups: [{ code: 'refugees' }],
      municipalities: [{ name: 'Bergen' }],
      organisation: { name: 'Bergen Røde Kors' },
    });
  });
  it('filter by municipality, county, kind, activity, target group, status and free text', async () => {
    expect(await serviceNames({ municipalityCode: '5601' })).toEqual(['Matombringing i Alta']);
    expect(await serviceNames({ countyCode: '18' })).toEqual(['Følge og pleie av terminale pasienter']);
    expect(await serviceNames({ kinds: ['NON_PROFIT_WELFARE_PROVIDER'] })).toEqual(['Bo- og omsorgstilbud for rusmiddelbrukere']);
    expect(await serviceNames({ activity: 'meal_delivery' })).toEqual(['Frivillig arbeid på sykehjem', 'Matombringing i Alta']);
    expect(await serviceNames({ targetGroup: 'mental_illness' })).toEqual(['Treffsted for psykisk syke']);
    expect(await serviceNames({ statuses: ['INACTIVE'] })).toEqual([]);
    expect((await serviceNames({ statuses: ['ACTIVE'] })).length).toBe(7);
    expect(await serviceNames({ search: 'FOLGE OG PLEIE' })).toEqual(['Følge og pleie av terminale pasienter']);
    expect(await serviceNames({ organisationId: seedId('organisation', 'termik') })).toEqual(['Følge og pleie av terminale pasienter']);
  });
  it('are listed under their organisation', async () => {
    const { data } = await gql(subgraph.url, '{ organisation(orgNumber: "864139442") { chapters { name services { name } } } }');
    const bergen = data.organisation.chapters.find((c: { name: string }) => c.name === 'Bergen Røde Kors');
    expect(bergen.services).toEqual([{ name: 'Røde Kors Flyktningguide' }]);
  });
});

describe('taxonomy and municipalities', () => {
  it('publishes the activity and target-group taxonomy', async () => {
    const { data } = await gql(subgraph.url, '{ activities { code nameNb nameEn } targetGroups { code } }');
    expect(data.activities).toContainEqual({ code: 'meal_delivery', nameNb: 'Matombringing', nameEn: 'Meal delivery' });
    expect(data.targetGroups.map((t: { code: string }) => t.code)).toContain('family_caregivers');
  });
  it('answers municipality(code) and municipalities(countyCode)', async () => {
    const { data } = await gql(
      subgraph.url,
      '{ municipality(code: "1108") { name hasVolunteerPolicy volunteerPolicyNote county { code } } municipalities(countyCode: "56") { code } }',
    );
    expect(data.municipality).toMatchObject({ name: 'Sandnes', hasVolunteerPolicy: true, county: { code: '11' } });
    expect(data.municipalities.map((m: { code: string }) => m.code)).toContain('5601');
    expect(codes(await gql(subgraph.url, '{ municipalities(countyCode: "99") { code } }'))).toEqual(['BAD_USER_INPUT']);
  });
});
