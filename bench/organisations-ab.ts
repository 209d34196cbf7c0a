/**
 * A/B of the organisations subgraph: two processes over copies of one seeded SQLite database, the
 * working tree's and another checkout's (`--base <dir>`, e.g. `git archive HEAD~3 | tar -x -C /tmp/base`
 * with node_modules linked in), sent the same fetches in alternating rounds. CPU-ms per fetch from
 * /proc (utime + stime), which holds up on a shared machine better than req/s.
 *
 * Fetches:
 * - f: one `_entities` fetch of five Organisations (as bench/compare.ts's scenario f); t: the same with an organisation's token;
 * - a: the organisations fetches scenario (a) (bench/scenarios.ts's MUNICIPALITY query) makes the gateway
 *   send, per municipality: `municipality(code) { __typename code name county { name } }` and, when its
 *   agreements have parties, one `_entities` fetch of those Organisations for `name`; cycled over the 357
 *   municipalities, reported per fetch and per scenario-(a) request.
 *
 * `tsx bench/organisations-ab.ts [--base <dir>] [--profile <dir>]`; BENCH_DURATION (s per round, 8),
 * BENCH_ROUNDS (3), BENCH_CONNECTIONS (10), BENCH_SCENARIOS (f,t,a), BENCH_TOGETHER=1 (load both processes at
 * once instead of in turn, so a shared machine's other work weighs on both alike). With --profile the processes run
 * under `node --cpu-prof` and leave their .cpuprofile files there.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../subgraphs/common/auth.js';
import { authConfig } from '../subgraphs/common/config.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { loadRound } from './autocannon.js';
import { freePort, root, startGraph, startProcess, type BenchProcess } from './processes.js';
import { entitiesBody } from './scenarios.js';

const DURATION = Number(process.env.BENCH_DURATION || 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const TOGETHER = process.env.BENCH_TOGETHER === '1';
const ONLY = (process.env.BENCH_SCENARIOS || 'f,t,a').split(',').map((s) => s.trim());
const log = (line: string) => process.stdout.write(`${line}\n`);
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const ROOT_FETCH =
  'query Municipality__organisations__0($code:MunicipalityCode!){municipality(code:$code){__typename code name county{name}}}';
const PARTIES_FETCH =
  'query Municipality__organisations__4($representations:[_Any!]!){_entities(representations:$representations){...on Organisation{name}}}';

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return (await r.json()) as { data?: unknown; errors?: unknown };
}

/** Seeds a data directory through the whole graph and reads what the fetches need from it. */
async function prepare(dataDir: string) {
  const graph = await startGraph(dataDir);
  try {
    const gateway = graph.gateway.url;
    const first5 = (await post(gateway, JSON.stringify({ query: '{ organisations(first: 5) { edges { node { id } } } }' }))) as {
      data: { organisations: { edges: { node: { id: string } }[] } };
    };
    const bodies: string[] = [];
    for (const { code } of MUNICIPALITIES) {
      bodies.push(JSON.stringify({ query: ROOT_FETCH, operationName: 'Municipality__organisations__0', variables: { code } }));
      const answer = (await post(
        gateway,
        JSON.stringify({ query: `{ municipality(code: "${code}") { agreements { parties { id } } } }` }),
      )) as { data: { municipality: { agreements: { parties: { id: string }[] }[] | null } } };
      const ids = [...new Set((answer.data.municipality.agreements ?? []).flatMap((a) => a.parties.map((p) => p.id)))];
      if (ids.length) {
        bodies.push(
          JSON.stringify({
            query: PARTIES_FETCH,
            operationName: 'Municipality__organisations__4',
            variables: { representations: ids.map((id) => ({ __typename: 'Organisation', id })) },
          }),
        );
      }
    }
    return { entityIds: first5.data.organisations.edges.map((e) => e.node.id), aBodies: bodies };
  } finally {
    for (const p of graph.all.reverse()) await p.stop();
  }
}

function startOrganisations(label: string, tree: string, dataDir: string, port: number, profileDir?: string): Promise<BenchProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    ORGANISATIONS_PORT: String(port),
    SEED: 'false',
    METRICS_PORT: 'off',
  };
  delete env.DATABASE_URL;
  delete env.LOG_DESTINATION;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, label)}`] : [];
  const base = `http://127.0.0.1:${port}`;
  return startProcess(label, path.join(tree, 'scripts/start-service.ts'), ['organisations'], env, `${base}/graphql`, `${base}/health`, {
    cwd: tree,
    nodeArgs,
  });
}

/** One round, CPU per fetch. */
const load = async (target: BenchProcess, body: (i: number) => string, seconds: number, headers: Record<string, string>) => {
  const round = await loadRound(target.url, [target], body, headers, seconds, CONNECTIONS);
  return { ...round, cpu: round.cpuMs[target.label] / round.requests };
};
type Round = Awaited<ReturnType<typeof load>>;

const base = arg('--base');
const profileDir = arg('--profile');
if (base && !existsSync(path.join(base, 'scripts/start-service.ts'))) throw new Error(`--base ${base} is not a checkout`);
const work = mkdtempSync(path.join(os.tmpdir(), 'samspill-orgs-ab-'));
const started: BenchProcess[] = [];
try {
  log(`organisations A/B: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s, load ${os.loadavg()[0].toFixed(1)}`);
  const seeded = path.join(work, 'seeded');
  const { entityIds, aBodies } = await prepare(seeded);
  const fetchesPerRequest = aBodies.length / MUNICIPALITIES.length;
  log(
    `scenario (a): ${aBodies.length} organisations fetches for ${MUNICIPALITIES.length} municipalities (${fetchesPerRequest.toFixed(2)} per request)`,
  );
  const trees = [...(base ? [['base', base] as const] : []), ['work', root] as const];
  for (const [label, tree] of trees) {
    const dir = path.join(work, label);
    mkdirSync(dir);
    copyFileSync(path.join(seeded, 'organisations.sqlite'), path.join(dir, 'organisations.sqlite'));
    started.push(await startOrganisations(label, tree, dir, await freePort(), profileDir));
  }
  const json = { 'content-type': 'application/json' };
  const token = await signToken(authConfig(process.env), { role: 'organisation', organisation: entityIds[0] });
  const scenarios = {
    f: { title: '_entities, 5 Organisations', body: () => entitiesBody(entityIds), perRequest: 1, headers: json },
    t: {
      title: '_entities, 5 Organisations, with an organisation token',
      body: () => entitiesBody(entityIds),
      perRequest: 1,
      headers: { ...json, authorization: `Bearer ${token}` },
    },
    a: {
      title: "scenario (a)'s organisations fetches",
      body: (i: number) => aBodies[i % aBodies.length],
      perRequest: fetchesPerRequest,
      headers: json,
    },
  };
  for (const key of ONLY as (keyof typeof scenarios)[]) {
    const scenario = scenarios[key];
    log(`\n(${key}) ${scenario.title}`);
    // Warm-up: one read through the ORM first (production's processes have run some, and MikroORM
    // changes an entity class's prototype when it builds its first entity), every body once (each
    // municipality's plan), then 2 s.
    for (const p of started) {
      await post(p.url, JSON.stringify({ query: '{ organisations(first: 5) { edges { node { id name } } } }' }));
      for (let i = 0; i < (key === 'a' ? aBodies.length : 1); i++) await post(p.url, scenario.body(i));
      await load(p, scenario.body, 2, scenario.headers);
    }
    const rounds = new Map<string, Round[]>();
    const record = (p: BenchProcess, round: number, r: Round) => {
      rounds.set(p.label, [...(rounds.get(p.label) ?? []), r]);
      log(`  ${p.label} round ${round + 1}: ${Math.round(r.rps)} req/s, ${r.cpu.toFixed(2)} CPU-ms per fetch, ${r.failed} failed`);
    };
    for (let round = 0; round < ROUNDS; round++) {
      if (TOGETHER) {
        // Both at once: whatever else the machine runs weighs on both alike.
        const results = await Promise.all(started.map((p) => load(p, scenario.body, DURATION, scenario.headers)));
        started.forEach((p, i) => record(p, round, results[i]));
        continue;
      }
      const order = round % 2 === 0 ? started : [...started].reverse();
      for (const p of order) record(p, round, await load(p, scenario.body, DURATION, scenario.headers));
    }
    for (const p of started) {
      const rs = rounds.get(p.label)!;
      const total = rs.reduce((s, r) => s + r.requests, 0);
      const cpu = rs.reduce((s, r) => s + r.cpu * r.requests, 0) / total;
      const failed = rs.reduce((s, r) => s + r.failed, 0);
      log(
        `  ${p.label}: ${cpu.toFixed(2)} CPU-ms per fetch` +
          (key === 'a' ? `, ${(cpu * scenario.perRequest).toFixed(2)} per scenario-(a) request` : '') +
          ` (${total} fetches, ${failed} failed)`,
      );
    }
  }
} finally {
  for (const p of started) await p.stop();
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
