/**
 * A/B of one subgraph's scenario-(a) fetch: `BENCH_BASE=<checkout> npx tsx bench/subgraph-ab.ts <agreements|volunteers>`
 * (or `organisation-agreements`: scenario (c)'s agreements fetch, 20 Organisations, varied over the seeded parties).
 * Starts the subgraph twice as processes of their own (scripts/start-service.ts, shipped defaults, each
 * over its own freshly seeded SQLite directory): A from the checkout in BENCH_BASE (e.g. a `git archive`
 * of main with node_modules linked), B from this one. Then sends both the very `_entities` fetch the
 * gateway makes for scenario (a) (bench/scenarios.ts), the municipality varied over the 357, in
 * alternating rounds (A B B A …), and prints CPU-ms per fetch from /proc (utime + stime) and req/s.
 * BENCH_DURATION (s per round, 6), BENCH_ROUNDS (pairs, 3), BENCH_CONNECTIONS (10);
 * BENCH_PROFILE=<dir> runs B under `node --cpu-prof` and writes the profile there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { loadRound } from './autocannon.js';
import { freePort, root, startProcess, type BenchProcess } from './processes.js';

const fetch_ = process.argv[2];
/** `organisation-agreements`: scenario (c)'s agreements fetch, 20 Organisations a time, varied over the seeded parties. */
const name = fetch_ === 'organisation-agreements' ? 'agreements' : fetch_;
const FETCHES: Record<string, string> = {
  'organisation-agreements':
    'query Catalogue__agreements__2($representations:[_Any!]!){_entities(representations:$representations){...on Organisation{agreements{title}}}}',
  agreements:
    'query Municipality__agreements__2($representations:[_Any!]!){_entities(representations:$representations){...on Municipality{agreements{title type formal parties{__typename id}}}}}',
  volunteers:
    'query Municipality__volunteers__3($representations:[_Any!]!){_entities(representations:$representations){...on Municipality{volunteerStats(year:2025){activeVolunteers hours fullTimeEquivalents suppressed}}}}',
};
if (!FETCHES[fetch_] || !process.env.BENCH_BASE) {
  console.error('usage: BENCH_BASE=<checkout> tsx bench/subgraph-ab.ts <agreements|volunteers|organisation-agreements>');
  process.exit(2);
}
const DURATION = Number(process.env.BENCH_DURATION ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const codes = MUNICIPALITIES.map((m) => m.code);
let organisationIds: string[] = [];
const representations = (i: number) =>
  fetch_ === 'organisation-agreements'
    ? Array.from({ length: 20 }, (_, j) => ({ __typename: 'Organisation', id: organisationIds[(i * 20 + j) % organisationIds.length] }))
    : [{ __typename: 'Municipality', code: codes[i % codes.length] }];
const body = (i: number) => JSON.stringify({ query: FETCHES[fetch_], variables: { representations: representations(i) } });

interface Variant extends BenchProcess {
  dataDir: string;
}

/** The subgraph from `checkout`, over a freshly seeded SQLite directory of its own (removed on stop). */
async function start(label: string, checkout: string, profile?: string): Promise<Variant> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `samspill-ab-${label}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, METRICS_PORT: 'off', [`${name.toUpperCase()}_PORT`]: String(port) };
  delete env.DATABASE_URL;
  delete env.LOG_DESTINATION;
  const url = `http://127.0.0.1:${port}`;
  const p = await startProcess(label, path.join(checkout, 'scripts/start-service.ts'), [name], env, `${url}/graphql`, `${url}/health`, {
    cwd: checkout,
    nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
  });
  return { ...p, dataDir };
}

const round = async (v: Variant, seconds: number) => {
  const r = await loadRound(v.url, [v], body, { 'content-type': 'application/json' }, seconds, CONNECTIONS);
  return { ...r, cpu: r.cpuMs[v.label] };
};

const a = await start('A', path.resolve(process.env.BENCH_BASE));
const b = await start('B', root, process.env.BENCH_PROFILE);
try {
  if (fetch_ === 'organisation-agreements') {
    const seeded = (await (
      await fetch(a.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ agreements(first: 100) { edges { node { parties { id } } } } }' }),
      })
    ).json()) as { data: { agreements: { edges: { node: { parties: { id: string }[] } }[] } } };
    organisationIds = [...new Set(seeded.data.agreements.edges.flatMap((e) => e.node.parties.map((p) => p.id)))];
  }
  // One read through the ORM in each first: production's processes have run some, and MikroORM
  // changes an entity class's prototype when it builds its first entity of it.
  const ORM_READ: Record<string, string> = {
    agreements: '{ agreements(first: 5) { edges { node { id title } } } }',
    volunteers: '{ opportunities(first: 5) { edges { node { id title } } } }',
  };
  for (const v of [a, b]) {
    const warm = await fetch(v.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ORM_READ[name] }),
    }).then((r) => r.json() as Promise<{ errors?: unknown }>);
    if (warm.errors) throw new Error(`the warm-up read failed: ${JSON.stringify(warm.errors)}`);
  }
  // Same answers from both before timing anything.
  for (let i = 0; i < codes.length; i += 37) {
    const answers = await Promise.all(
      [a, b].map((v) =>
        fetch(v.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(i) }).then((r) => r.text()),
      ),
    );
    if (answers[0] !== answers[1]) throw new Error(`A and B answer ${codes[i]} differently:\n${answers[0]}\n${answers[1]}`);
  }
  for (const v of [a, b]) await round(v, 2);
  const totals = { A: { requests: 0, cpu: 0, rps: [] as number[], failed: 0 }, B: { requests: 0, cpu: 0, rps: [] as number[], failed: 0 } };
  for (let r = 0; r < ROUNDS; r++) {
    for (const v of r % 2 === 0 ? [a, b] : [b, a]) {
      const x = await round(v, DURATION);
      const t = totals[v.label as 'A' | 'B'];
      t.requests += x.requests;
      t.cpu += x.cpu;
      t.rps.push(x.rps);
      t.failed += x.failed;
      console.log(
        `  round ${r + 1} ${v.label}: ${x.requests} fetches, ${(x.cpu / x.requests).toFixed(2)} CPU-ms/fetch, ${x.rps.toFixed(0)} req/s`,
      );
    }
  }
  console.log(`\n${fetch_} fetch, ${ROUNDS} alternating rounds of ${DURATION} s at ${CONNECTIONS} connections:`);
  for (const [label, t] of Object.entries(totals)) {
    const rps = t.rps.reduce((s, x) => s + x, 0) / t.rps.length;
    console.log(
      `  ${label} ${label === 'A' ? '(BENCH_BASE)' : '(this checkout)'}: ${(t.cpu / t.requests).toFixed(2)} CPU-ms per fetch, ${rps.toFixed(0)} req/s, ${t.requests} fetches, ${t.failed} failed`,
    );
  }
} finally {
  for (const v of [a, b]) {
    await v.stop();
    rmSync(v.dataDir, { recursive: true, force: true });
  }
}
