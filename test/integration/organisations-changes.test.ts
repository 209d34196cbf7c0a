import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { SEED_ORGANISATIONS } from '../../subgraphs/organisations/seed/organisations.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let admin: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
  admin = await tokenFor({ role: 'admin' });
});
afterAll(() => subgraph?.close());

interface Change {
  sequence: number;
  organisationId: string;
  kind: string;
  changedFields: string[];
  version: number;
  source: string | null;
}
const FEED = `query ($after: String, $first: Int) { organisationChanges(after: $after, first: $first) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { sequence organisationId kind changedFields version source organisation { name } } }
} }`;

/** Pulls the feed from `after` to its end in pages of `first`, as a partner would. */
async function pull(after: string | null, first = 7): Promise<{ changes: Change[]; cursors: string[]; cursor: string | null }> {
  const changes: Change[] = [];
  const cursors: string[] = [];
  let cursor = after;
  for (;;) {
    const { data, errors } = await gql(subgraph.url, FEED, { after: cursor, first });
    expect(errors).toBeUndefined();
    const page = data.organisationChanges;
    for (const edge of page.edges) {
      changes.push(edge.node);
      cursors.push(edge.cursor);
    }
    cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { changes, cursors, cursor };
  }
}

const increasing = (changes: Change[]) => changes.every((c, i) => i === 0 || c.sequence > changes[i - 1].sequence);

describe('organisationChanges', () => {
  it('starts with the seeded catalogue and ends with an empty page that keeps the cursor', async () => {
    const { changes, cursor } = await pull(null);
    expect(changes).toHaveLength(SEED_ORGANISATIONS.length);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['CREATED']));
    expect(increasing(changes)).toBe(true);
    const empty = await gql(subgraph.url, FEED, { after: cursor });
    expect(empty.data.organisationChanges).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: cursor } });
  });

  it('returns every create, update and deactivation in order, and resumes from a cursor without missing or repeating one', async () => {
    const { cursor: start } = await pull(null);
    const created = await gql(
      subgraph.url,
      'mutation { createOrganisation(input: { name: "Vefsn Frivilligsentral", kind: VOLUNTEER_CENTRE }) { id } }',
      undefined,
      admin,
    );
    const id = created.data.createOrganisation.id;
    await gql(
      subgraph.url,
      'mutation ($id: ID!) { updateOrganisation(id: $id, version: 1, input: { phone: "+47 75 10 10 10" }) { version } }',
      { id },
      admin,
    );
    await gql(subgraph.url, 'mutation ($id: ID!) { deactivateOrganisation(id: $id, version: 2) { version } }', { id }, admin);
    const sync = await gql(
      subgraph.url,
      'mutation ($r: [SyncRecordInput!]!) { syncOrganisations(source: "feed-test", records: $r) { created } }',
      {
        r: [
          { externalId: 'a', name: 'Lag A', kind: 'INFORMAL_GROUP' },
          { externalId: 'b', name: 'Lag B', kind: 'INFORMAL_GROUP' },
        ],
      },
      admin,
    );
    expect(sync.data.syncOrganisations.created).toBe(2);

    const { changes, cursors } = await pull(start, 2);
    expect(changes.map((c) => [c.kind, c.version, c.source])).toEqual([
      ['CREATED', 1, null],
      ['UPDATED', 2, null],
      ['DEACTIVATED', 3, null],
      ['CREATED', 1, 'feed-test'],
      ['CREATED', 1, 'feed-test'],
    ]);
    expect(changes[1]).toMatchObject({ organisationId: id, changedFields: ['phone'] });
    expect(increasing(changes)).toBe(true);

    // A partner that crashed after processing the second change resumes from its cursor.
    const resumed = await pull(cursors[1], 100);
    expect(resumed.changes.map((c) => c.sequence)).toEqual(changes.slice(2).map((c) => c.sequence));
  });

  it('keeps commit order with concurrent writers: every write once, in rising sequence', async () => {
    const { cursor: start } = await pull(null, 100);
    const slugs = ['alta-rode-kors', 'kristiansund-rode-kors', 'termik', 'bergen-rode-kors', 'tromso-rode-kors', 'nissedal-idrettslag'];
    const update =
      'mutation ($id: ID!, $v: Int!, $p: String) { updateOrganisation(id: $id, version: $v, input: { phone: $p }) { version } }';
    // One update of each organisation, all at once and beside two syncs.
    const results = await Promise.all([
      ...slugs.map((slug, i) => gql(subgraph.url, update, { id: seedId('organisation', slug), v: 1, p: `+47 400 00 00${i}` }, admin)),
      ...[0, 1].map((i) =>
        gql(
          subgraph.url,
          'mutation ($r: [SyncRecordInput!]!) { syncOrganisations(source: "burst", records: $r) { created } }',
          {
            r: Array.from({ length: 5 }, (_, k) => ({ externalId: `${i}-${k}`, name: `Burst ${i}-${k}`, kind: 'INFORMAL_GROUP' })),
          },
          admin,
        ),
      ),
    ]);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const { changes } = await pull(start, 3);
    expect(changes).toHaveLength(slugs.length + 10);
    expect(increasing(changes)).toBe(true);
    expect(new Set(changes.map((c) => c.sequence)).size).toBe(changes.length);
  });

  it('refuses a cursor it did not issue and an oversized page', async () => {
    expect((await gql(subgraph.url, FEED, { after: 'bm9wZQ' })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect(codes(await gql(subgraph.url, FEED, { first: 1000 }))).toEqual(['BAD_USER_INPUT']);
  });
});
