import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { codes, gql } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

/** The organisations subgraph with the default limits, asked straight, as a client that bypasses the gateway would. */
let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
});
afterAll(() => subgraph?.close());

async function refused(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const response = await gql(subgraph.url, query, variables);
  const ms = performance.now() - started;
  expect(response.status).toBe(400);
  expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(response.data).toBeUndefined();
  return { error: response.errors![0], ms };
}

const representations = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ __typename: 'Organisation', id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { name } } }';

describe('a subgraph applies the shared limits to every request', () => {
  it('refuses 1,000 aliased organisations(first: 100) in well under a second, and /health answers meanwhile', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: organisations(first: 100) { edges { node { id name description } } }`).join(' ')} }`;
    expect(query.length).toBeGreaterThan(70_000);
    await gql(subgraph.url, '{ __typename }');
    const health = fetch(new URL('/health', subgraph.url)).then((r) => r.status);
    const { error, ms } = await refused(query);
    expect(error.message).toBe('Token limit of 2000 exceeded, found 19002. (MAX_TOKENS)');
    expect(error.extensions).toMatchObject({ limit: 'maxTokens' });
    expect(ms).toBeLessThan(1000);
    expect(await health).toBe(200);
  });

  it('refuses too many aliases, root fields and too deep a query, as the gateway does', async () => {
    const aliases = `{ county(code: "56") { ${Array.from({ length: 16 }, (_, i) => `a${i}: name`).join(' ')} } }`;
    expect((await refused(aliases)).error.message).toBe('Aliases limit of 15 exceeded, found 16. (MAX_ALIASES)');
    const roots = `{ ${Array.from({ length: 11 }, () => 'counties { code }').join(' ')} }`;
    expect((await refused(roots)).error.message).toBe('Root fields limit of 10 exceeded, found 11. (MAX_ROOT_FIELDS)');
    const deep =
      '{ county(code: "56") { municipalities { county { municipalities { county { municipalities { county { municipalities { county { municipalities { name } } } } } } } } } } }';
    expect((await refused(deep)).error.message).toBe('Query depth limit of 10 exceeded, found 11. (MAX_DEPTH)');
  });

  it('resolves 5,000 representations in one _entities call and refuses 5,001, naming the limit', async () => {
    const allowed = await gql(subgraph.url, ENTITIES, { r: representations(5000) });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data._entities).toHaveLength(5000);
    const { error } = await refused(ENTITIES, { r: representations(5001) });
    expect(error.message).toBe('Entity representations limit of 5000 exceeded, found 5001. (MAX_ENTITY_REPRESENTATIONS)');
    expect(error.extensions).toMatchObject({ limit: 'maxEntityRepresentations' });
  });

  it('refuses a list argument of more than 2,000 values, naming the argument', async () => {
    const kinds = Array.from({ length: 2001 }, () => 'VOLUNTEER_CENTRE');
    const query = 'query ($k: [OrganisationKind!]) { organisations(filter: { kinds: $k }) { totalCount } }';
    const { error } = await refused(query, { k: kinds });
    expect(error.message).toBe('List argument limit of 2000 values exceeded, found 2001 in filter.kinds. (MAX_LIST_ARGUMENT_VALUES)');
    // Written in the query, 2,001 values are over the token limit first; the subgraph below has a small list limit.
    const within = await gql(subgraph.url, query, { k: kinds.slice(0, 2000) });
    expect(within.errors).toBeUndefined();
  });
});

describe('a subgraph with limits of its own settings', () => {
  it('reads them from its environment when it is made', async () => {
    const tight = await startSubgraph(
      createOrganisations(
        testEnvironment({ MAX_ENTITY_REPRESENTATIONS: '3', MAX_LIST_ARGUMENT_VALUES: '2', MAX_BODY_BYTES: '4096', SYNC_BATCH_LIMIT: '2' }),
      ),
    );
    try {
      const response = await gql(tight.url, ENTITIES, { r: representations(4) });
      expect(response.errors![0].message).toBe('Entity representations limit of 3 exceeded, found 4. (MAX_ENTITY_REPRESENTATIONS)');
      const list = await gql(
        tight.url,
        '{ organisations(filter: { kinds: [VOLUNTEER_CENTRE, INFORMAL_GROUP, VOLUNTARY_ORGANISATION] }) { totalCount } }',
      );
      expect(list.errors![0].message).toMatch(/^List argument limit of 2 values exceeded, found 3 in filter\.kinds\./);
      const big = await fetch(tight.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(5000)}` }),
      });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
        /^Request body limit of 4096 bytes exceeded/,
      );
    } finally {
      await tight.close();
    }
  });
});
