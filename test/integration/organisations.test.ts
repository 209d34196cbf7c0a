import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()), { onQuery: (sql) => statements.push(sql) });
});
afterAll(() => subgraph?.close());

const count = () => subgraph.service.orm.em.fork().count(Organisation, {});

describe('organisations subgraph', () => {
  it('has the 357 municipalities with their counties', async () => {
    const { data } = await gql(subgraph.url, '{ municipalities { code } county(code: "56") { name municipalities { name } } }');
    expect(data.municipalities).toHaveLength(357);
    expect(data.county.name).toBe('Finnmark');
    expect(data.county.municipalities.map((m: { name: string }) => m.name)).toContain('Alta');
  });

  it('finds "Røde Kors" when asked for "rode kors"', async () => {
    const { data } = await gql(
      subgraph.url,
      '{ organisations(filter: { search: "rode kors" }, first: 50) { totalCount edges { node { name } } } }',
    );
    const names = data.organisations.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('Alta Røde Kors');
    expect(names).toContain('Norges Røde Kors');
    expect(names.every((n: string) => n.includes('Røde Kors'))).toBe(true);
  });

  it('resolves 50 municipalities in one _entities call with one SQL query', async () => {
    const representations = (await gql(subgraph.url, '{ municipalities { code } }')).data.municipalities
      .slice(0, 50)
      .map((m: { code: string }) => ({ __typename: 'Municipality', code: m.code }));
    statements.length = 0;
    const { data, errors } = await gql(
      subgraph.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code name } } }',
      { r: representations },
    );
    expect(errors).toBeUndefined();
    expect(data._entities).toHaveLength(50);
    expect(data._entities.map((m: { code: string }) => m.code)).toEqual(representations.map((r: { code: string }) => r.code));
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(1);
  });

  it('resolves organisations by id and by orgNumber in one SQL statement', async () => {
    const { data: page } = await gql(subgraph.url, '{ organisations(first: 50) { edges { node { id } } } }');
    const ids = page.organisations.edges.map((e: { node: { id: string } }) => e.node.id);
    statements.length = 0;
    const { data } = await gql(
      subgraph.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id name } } }',
      {
        r: [...ids.map((id: string) => ({ __typename: 'Organisation', id })), { __typename: 'Organisation', orgNumber: '864139442' }],
      },
    );
    expect(data._entities.at(-1).name).toBe('Norges Røde Kors');
    expect(data._entities).toHaveLength(ids.length + 1);
    expect(data._entities.slice(0, -1).map((o: { id: string }) => o.id)).toEqual(ids);
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(1);
  });

  it('refuses a wrong check digit, naming the field, and writes nothing', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const before = await count();
    const response = await gql(
      subgraph.url,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: 'Test', kind: 'VOLUNTARY_ORGANISATION', orgNumber: '864139441' } },
      admin,
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/input\.orgNumber.*MOD11/);
    expect(await count()).toBe(before);
  });

  it('refuses an unknown municipality code, naming the field, and writes nothing', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const before = await count();
    const response = await gql(
      subgraph.url,
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      { input: { name: 'Test', kind: 'VOLUNTARY_ORGANISATION', municipalityCodes: ['5601', '9999'] } },
      admin,
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/municipalityCodes.*municipalityCode.*9999.*not a municipality/);
    expect(await count()).toBe(before);
  });

  it('refuses a duplicate orgNumber and a parent that does not exist', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const duplicate = await gql(
      subgraph.url,
      'mutation { createOrganisation(input: { name: "Kopi", kind: VOLUNTARY_ORGANISATION, orgNumber: "864139442" }) { id } }',
      undefined,
      admin,
    );
    expect(duplicate.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'input.orgNumber' } });
    const orphan = await gql(
      subgraph.url,
      'mutation { createOrganisation(input: { name: "Foreldreløs", kind: VOLUNTARY_ORGANISATION, parentId: "no-such-id" }) { id } }',
      undefined,
      admin,
    );
    expect(orphan.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.parentId' } });
  });

  it('lets an admin create an organisation serving municipalities, and refuses anonymous callers', async () => {
    const mutation =
      'mutation { createOrganisation(input: { name: "Vefsn Frivilligsentral", kind: VOLUNTEER_CENTRE, municipalityCodes: ["1824"] }) { id name municipalities { code } } }';
    expect(codes(await gql(subgraph.url, mutation))).toEqual(['UNAUTHENTICATED']);
    const { data } = await gql(subgraph.url, mutation, undefined, await tokenFor({ role: 'admin' }));
    expect(data.createOrganisation.municipalities).toEqual([{ code: '1824' }]);
    const { data: found } = await gql(
      subgraph.url,
      '{ organisations(filter: { municipalityCode: "1824", kinds: [VOLUNTEER_CENTRE] }) { totalCount } }',
    );
    expect(found.organisations.totalCount).toBe(1);
  });
});
