import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../subgraphs/common/auth.js';
import { SUBGRAPH_NAMES } from '../../subgraphs/common/config.js';
import { gql, tokenFor, type GraphQLResponse } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';
import {
  entityQueries,
  errorCodes,
  hasPersonal,
  LIST_DEPTH,
  observe,
  pool,
  rootQueries,
  taggedIn,
  type Observation,
  type Query,
} from '../helpers/access-matrix/probes.js';
import {
  argsFor,
  BASIC_ROOTS,
  BASIC_VOLUNTEER_FIELDS,
  NOT_BASIC_TYPES,
  OPEN_ROOTS,
  callers,
  entityId,
  kindOf,
  MARK_NEEDS,
  maySeeMark,
  NOT_FOR,
  partyOf,
  personLevel,
  REFUSALS,
  SEES_UNPUBLISHED,
  type Probe,
} from '../helpers/access-matrix/rules.js';
import { mutationNames, taggedFields } from '../helpers/access-matrix/schema.js';
import { exportRoutes, mutationTable, mutationText, permits, SNAPSHOT_QUERY, VERSIONS_QUERY } from '../helpers/access-matrix/mutations.js';
import { buildWorld, type MarkKind, type SideKey, type World } from '../helpers/access-matrix/world.js';

/*
 * Issue 11's role × field × path suite. The probes come from the supergraph: every field tagged
 * personal or restricted, through every path from a root field (up to DEPTH object levels) and
 * `_entities` straight at the subgraph that resolves it, for every role and two tenants of each
 * tenant role; the HTTP exports; every mutation for every role that may not run it. The
 * expectations are the few tables in test/helpers/access-matrix/rules.ts and mutations.ts.
 */

let stack: Stack;
let world: World;
let probes: Probe[];
interface Answer {
  caller: Probe;
  query: Query;
  /** The side whose records the query names; none for lists across the graph. */
  side?: SideKey;
  response: GraphQLResponse;
  body: string;
  observations: Observation[];
}
const answers: Answer[] = [];
const allQueries: { query: Query; side?: SideKey }[] = [];
let unfilled: string[] = [];
let missingEntities: string[] = [];

beforeAll(async () => {
  // The probes are large on purpose (every path at once): the request limits, which every service applies, and the
  // gateway's cost limit are tested elsewhere. A slow answer on a loaded machine must not read as a refusal or a gap,
  // so the gateway and the subgraphs that ask each other wait up to a minute.
  const limits = { MAX_TOKENS: '100000', MAX_DEPTH: '30', MAX_ALIASES: '100', MAX_ROOT_FIELDS: '50' };
  const waits = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_TIMEOUT_MS`, '60000']));
  stack = await startStack({ ...limits, SUBGRAPH_TIMEOUT_MS: '60000', GATEWAY_MAX_COST: '1000000000000' }, { ...limits, ...waits });
  world = await buildWorld(stack.gatewayUrl);
  probes = callers(world);
  const { X, Y } = world.sides;
  const roots = { X: rootQueries(argsFor(world, X)), Y: rootQueries(argsFor(world, Y)) };
  const lists = rootQueries(argsFor(world, X), LIST_DEPTH).queries;
  const entities = {
    X: entityQueries(argsFor(world, X), (t) => entityId(world, X, t)),
    Y: entityQueries(argsFor(world, Y), (t) => entityId(world, Y, t)),
  };
  unfilled = [...roots.X.unfilled, ...roots.Y.unfilled];
  missingEntities = entities.X.missing;
  for (const [i, query] of roots.X.queries.entries()) {
    const other = roots.Y.queries[i];
    if (other.text === query.text) allQueries.push({ query: lists.find((l) => l.name === query.name) ?? query });
    else allQueries.push({ query, side: 'X' }, { query: other, side: 'Y' });
  }
  allQueries.push(
    ...entities.X.queries.map((query) => ({ query, side: 'X' as const })),
    ...entities.Y.queries.map((query) => ({ query, side: 'Y' as const })),
  );
  // Callers of no side see both sides alike: side X stands for both. Tenants and the admin (whom the tenants are compared with) ask about both.
  const jobs = probes.flatMap((caller) =>
    allQueries.filter((q) => caller.side || caller.role === 'admin' || q.side !== 'Y').map((q) => ({ caller, ...q })),
  );
  const tokens = new Map(await Promise.all(probes.map(async (p) => [p.name, p.token ? await tokenFor(p.token) : undefined] as const)));
  const started = Date.now();
  await pool(jobs, 4, async ({ caller, query, side }) => {
    const url = query.graph ? stack.subgraphUrls[query.graph as keyof Stack['subgraphUrls']] : stack.gatewayUrl;
    const response = await gql(url, query.text, query.variables, tokens.get(caller.name));
    answers.push({ caller, query, side, response, body: JSON.stringify(response), observations: observe(query, response.data) });
  });
  console.log(
    `access matrix: ${jobs.length} probes in ${Date.now() - started} ms, ${answers.reduce((n, a) => n + a.observations.length, 0)} field observations`,
  );
}, 600_000);
afterAll(async () => {
  await stack?.close();
});

const byCaller = (name: string) => answers.filter((a) => a.caller.name === name);
const describeObs = (a: Answer, o: Observation) => `${a.caller.name} | ${a.query.name}${a.side ? ` (${a.side})` : ''} | ${o.path}`;

const tags = taggedFields();
const kindOfStep = (step: string) => kindOf(step, tags.get(step) ?? [], hasPersonal(step.split('.')[0]));

/**
 * Whether a caller may read the value at this observation (side: the records the probe named):
 * every tagged step on the way must be allowed, so a public field below a personal one is personal too.
 */
function allowed(caller: Probe, side: SideKey | undefined, o: Observation): boolean {
  if (caller.role === 'admin') return true;
  const steps = o.trail.filter((step) => tags.has(step)).map((step) => ({ step, kind: kindOfStep(step) }));
  return steps.every(({ step, kind }) => {
    if (kind === 'unpublished') return true; // checked through the provisional value
    if (!side) return caller.side !== undefined; // lists across the graph: tenants are checked through the marks
    if (kind === 'party') return partyOf(caller, side);
    const level = personLevel(caller, side);
    if (level !== 'basic') return level === 'full';
    const [type, field] = step.split('.');
    if (type === 'Volunteer') return BASIC_VOLUNTEER_FIELDS.includes(field);
    if (type === 'Query') return BASIC_ROOTS.includes(step);
    return !NOT_BASIC_TYPES.includes(type);
  });
}

describe('the access matrix derived from the schema', () => {
  it('probes every tagged field of the supergraph, every role, and fills every argument on the way', () => {
    const probed = new Set<string>();
    for (const { query } of allQueries) taggedIn(query.selections, probed);
    expect([...taggedFields().keys()].filter((f) => !probed.has(f))).toEqual([]);
    expect(unfilled).toEqual([]);
    expect(missingEntities).toEqual([]);
    expect(ROLES.filter((r) => !probes.some((p) => p.role === r))).toEqual([]);
  });

  it('gets an answer or a refusal to every probe, never another error', () => {
    const broken = answers
      .filter((a) => errorCodes(a.response).some((c) => !REFUSALS.includes(c)))
      .map((a) => `${a.caller.name} | ${a.query.name}: ${JSON.stringify(a.response.errors?.[0])}`.slice(0, 400));
    expect(broken).toEqual([]);
  });

  it('holds back every tagged value the rules forbid, on every path', () => {
    const leaks = answers.flatMap((a) =>
      a.observations.filter((o) => o.present && !allowed(a.caller, a.side, o)).map((o) => describeObs(a, o)),
    );
    expect([...new Set(leaks)]).toEqual([]);
  });

  it('shows the allowed callers what the admin sees of their side', () => {
    const missing: string[] = [];
    for (const admin of byCaller('admin').filter((a) => a.side && !OPEN_ROOTS.includes(a.query.name))) {
      for (const caller of probes.filter((p) => p.role !== 'admin' && p.side === admin.side)) {
        const theirs = answers.find((a) => a.caller === caller && a.query === admin.query);
        const present = new Set(theirs?.observations.filter((o) => o.present).map((o) => o.path));
        for (const o of admin.observations.filter((o) => o.present && !present.has(o.path))) {
          if (!allowed(caller, admin.side, o)) continue;
          // Unpublished indicators and provisional values are filtered, not refused: checked through the provisional value.
          if (kindOfStep(o.trail.filter((s) => tags.has(s)).at(-1)!) === 'unpublished' && !SEES_UNPUBLISHED.includes(caller.role)) continue;
          if (NOT_FOR[caller.role]?.some((step) => o.trail.includes(step))) continue;
          missing.push(describeObs({ ...admin, caller }, o));
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it("never puts a volunteer's name, e-mail or phone (or any other seeded personal value) before a caller who may not see it, and shows it to one who may", async () => {
    const problems: string[] = [];
    for (const caller of probes) {
      const text = byCaller(caller.name)
        .map((a) => a.body)
        .join('\n');
      for (const side of Object.values(world.sides)) {
        for (const [kind, value] of Object.entries(side.marks) as [MarkKind, string][]) {
          const shown = text.includes(value);
          if (shown !== maySeeMark(caller, side.key, kind))
            problems.push(`${caller.name}: ${side.key}.${kind} ${shown ? 'shown' : 'not shown'}`);
        }
      }
      // The walk selects only tagged fields; an observation's value is not one, so the provisional value is asked for by name.
      const { indicator, period, areaCode } = world.provisional;
      const values = await gql(
        stack.gatewayUrl,
        `query ($i: String!, $p: String!, $a: String!, $m: MunicipalityCode!) {
          observations(indicators: [$i], periods: [$p], areas: [$a]) { edges { node { value status } } }
          municipality(code: $m) { observations(indicators: [$i], periods: [$p]) { value status } } }`,
        { i: indicator, p: period, a: areaCode, m: areaCode },
        caller.token ? await tokenFor(caller.token) : undefined,
      );
      expect(values.errors).toBeUndefined();
      const provisional = JSON.stringify(values.data).includes(String(world.provisional.value));
      if (provisional !== SEES_UNPUBLISHED.includes(caller.role))
        problems.push(`${caller.name}: provisional value ${provisional ? 'shown' : 'not shown'}`);
    }
    expect(problems).toEqual([]);
  });

  it('serves each HTTP export, through the gateway and straight at its subgraph, with nothing a caller may not see', async () => {
    const routes = exportRoutes();
    expect(routes.map((r) => r.path)).toContain('/volunteers/me/export');
    const problems: string[] = [];
    for (const caller of probes) {
      const token = caller.token ? await tokenFor(caller.token) : undefined;
      for (const route of routes) {
        for (const base of [stack.gatewayUrl, stack.subgraphUrls[route.subgraph as keyof Stack['subgraphUrls']]]) {
          const url = new URL(route.path, base);
          const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
          const body = await response.text();
          if (response.status >= 500) problems.push(`${caller.name} ${url}: ${response.status}`);
          for (const side of Object.values(world.sides)) {
            for (const [kind, value] of Object.entries(side.marks) as [MarkKind, string][]) {
              // The own-data export is the volunteer's alone: even their organisation reads it only through the graph.
              const may =
                route.path === '/volunteers/me/export'
                  ? caller.role === 'volunteer' && caller.side === side.key && MARK_NEEDS[kind] !== 'party'
                  : false;
              if (body.includes(value) !== may)
                problems.push(
                  `${caller.name} ${route.path} at ${base === stack.gatewayUrl ? 'gateway' : route.subgraph}: ${side.key}.${kind} ${may ? 'missing' : 'shown'}`,
                );
            }
          }
          if (body.includes(String(world.provisional.value)) && !SEES_UNPUBLISHED.includes(caller.role))
            problems.push(`${caller.name} ${route.path}: provisional value shown`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses every mutation to every role that may not run it, and writes nothing', async () => {
    const admin = await tokenFor({ role: 'admin', subject: 'matrix-admin' });
    const { X } = world.sides;
    const read = async (query: string, variables: Record<string, unknown>) => {
      const answer = await gql(stack.gatewayUrl, query, variables, admin);
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const v = await read(VERSIONS_QUERY, { a: X.agreementId, o: X.organisationId, s: X.serviceId, m: X.municipality, v: X.volunteerId });
    const table = mutationTable(world, {
      agreement: v.agreement.version,
      organisation: v.organisation.version,
      service: v.service.version,
      municipality: v.municipality.version,
      volunteer: v.volunteer.version,
      assignment: v.volunteer.assignments[0].version,
      engagement: v.volunteer.engagements[0].version,
    });
    // A mutation added to the schema without a line in the table fails here.
    expect(mutationNames().filter((name) => !(name in table))).toEqual([]);
    expect(Object.keys(table).filter((name) => !mutationNames().includes(name))).toEqual([]);
    const snapshotVars = {
      a: X.agreementId,
      o: X.organisationId,
      m: X.municipality,
      v: X.volunteerId,
      i: world.provisional.indicator,
      area: X.municipality,
    };
    const before = await read(SNAPSHOT_QUERY, snapshotVars);
    const calls = Object.entries(table).flatMap(([name, { allow, args }]) =>
      probes.filter((caller) => !permits(caller, allow)).map((caller) => ({ name, args, caller })),
    );
    const refusedWrongly: string[] = [];
    await pool(calls, 4, async ({ name, args, caller }) => {
      const answer = await gql(stack.gatewayUrl, mutationText(name, args), args, caller.token ? await tokenFor(caller.token) : undefined);
      const codes = errorCodes(answer);
      if (codes.length === 0 || codes.some((c) => !REFUSALS.includes(c)) || answer.data?.[name])
        refusedWrongly.push(`${caller.name} ${name}: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 300)}`);
    });
    expect(refusedWrongly).toEqual([]);
    expect(calls.length).toBeGreaterThan(Object.keys(table).length * 4);
    expect(await read(SNAPSHOT_QUERY, snapshotVars)).toEqual(before);
  });
});
