import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/common/config.js';
import { tokenFor } from '../helpers/graphql.js';
import { inTurn, problemsOf } from '../helpers/hostile/check.js';
import { bodyAndHeaderRequests, sendRaw, shapeRequests, type RawRequest } from '../helpers/hostile/requests.js';
import { argumentCases, type ArgumentCase } from '../helpers/hostile/schema-cases.js';
import { startStack, type Stack } from '../helpers/stack.js';

/*
 * Hostile input, generated from the schema and sent at the gateway and straight at each subgraph.
 * What the edge guarantees, whatever the input: no 5xx, no INTERNAL_SERVER_ERROR, nothing of the
 * server in the answer (stack, paths, SQL, library names), an answer within 5 s, and a refused
 * mutation writes nothing. Whether a strange but harmless value (a 5,000-character name, a
 * zero-width one) is accepted is the inputs' length and character policy, not asserted here.
 */

let stack: Stack;
let admin: string;
beforeAll(async () => {
  stack = await startStack();
  admin = await tokenFor({ role: 'admin' });
});
afterAll(async () => {
  await stack?.close();
});

const SERVICES = ['gateway', ...SUBGRAPH_NAMES] as const;
const base = (service: (typeof SERVICES)[number]) => (service === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[service]);

/** Rows in every table of a subgraph, read through its own connection. */
async function rows(subgraph: SubgraphName): Promise<Record<string, number>> {
  const { orm } = stack.subgraphs[subgraph];
  const em = orm.em.fork();
  const counts: Record<string, number> = {};
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable || meta.virtual) continue;
    counts[meta.className] = await em.count(meta.className, {});
  }
  return counts;
}

/** An argument case as a request, with an admin's token so mutations get past the role checks to the values. */
const asRequest = (c: ArgumentCase): RawRequest => ({
  name: c.name,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
  body: JSON.stringify({ query: c.query, variables: c.variables, operationName: 'Hostile' }),
});

/** Whether the answer refused the field: an error, and no value for it. */
function refused(text: string, field: string): boolean {
  try {
    const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
    return Boolean(body.errors?.length) && (body.data == null || body.data[field] == null);
  } catch {
    return true;
  }
}

const cases = argumentCases();
const queries = cases.filter((c) => !c.mutation);
const mutations = cases.filter((c) => c.mutation);

describe('hostile input', () => {
  it('is generated from the schema: at least 300 argument cases, over queries and mutations of every subgraph', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(queries.map((c) => c.owner))).toEqual(new Set(SUBGRAPH_NAMES));
    expect(new Set(mutations.map((c) => c.owner)).size).toBeGreaterThanOrEqual(3);
  });

  it('in query arguments: no 5xx, no leak, an answer within 5 s, at the gateway and at the owning subgraph', async () => {
    const failures: string[] = [];
    await inTurn(queries, 4, async (c) => {
      for (const target of ['gateway', c.owner] as const) {
        const problems = problemsOf(await sendRaw(base(target), asRequest(c)));
        if (problems.length) failures.push(`${target} ${c.name}: ${problems.join('; ')}`);
      }
    });
    expect(failures).toEqual([]);
  }, 300_000);

  it('in mutation arguments: also nothing written when the mutation is refused', async () => {
    const failures: string[] = [];
    let refusals = 0;
    // One at a time, so the rows counted around a request are its own; after a refusal they need no recount.
    const known = new Map<SubgraphName, Record<string, number>>();
    await inTurn(mutations, 1, async (c) => {
      for (const target of ['gateway', c.owner] as const) {
        const before = known.get(c.owner) ?? (await rows(c.owner));
        const answer = await sendRaw(base(target), asRequest(c));
        const problems = problemsOf(answer);
        const after = await rows(c.owner);
        if (refused(answer.text, c.field)) {
          refusals++;
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (changed.length) problems.push(`refused, yet wrote to ${changed.join(', ')}`);
        }
        known.set(c.owner, after);
        if (problems.length) failures.push(`${target} ${c.name}: ${problems.join('; ')}`);
      }
    });
    expect(failures).toEqual([]);
    // Most hostile values are refused; were none, the no-write check would have checked nothing.
    expect(refusals).toBeGreaterThan(mutations.length);
  }, 600_000);

  it.each(SERVICES)('in operation shapes, bodies and headers at %s: no 5xx, no leak, an answer within 5 s', async (service) => {
    const requests = [...shapeRequests(), ...(await bodyAndHeaderRequests())];
    const failures: string[] = [];
    await inTurn(requests, 2, async (request) => {
      const problems = problemsOf(await sendRaw(base(service), request));
      if (problems.length) failures.push(`${request.name}: ${problems.join('; ')}`);
    });
    expect(failures).toEqual([]);
    // The service still answers a plain request afterwards.
    const after = await sendRaw(base(service), {
      name: 'plain',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(after.status).toBe(200);
  });
});
