import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatewayConfig } from '../gateway/config.js';
import { createGateway } from '../gateway/gateway.js';
import { SUBGRAPH_NAMES, urlVariable, type DatabaseConfig, type SubgraphName } from '../subgraphs/common/config.js';
import { dropSchema } from '../subgraphs/common/db.js';
import { createSubgraph, type SubgraphService } from '../subgraphs/common/server.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

/**
 * `npm run bench`: the four subgraphs in this process (temp SQLite, or DATABASE_URL),
 * the gateway as a process of its own (so its memory is its own), a fixed set of
 * federated queries at fixed concurrency with autocannon, then the very subgraph
 * fetches the gateway made for each query, sent straight to the subgraphs.
 * BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (default 10),
 * BENCH_MARKDOWN (write the summary to this file).
 *
 * `npm run bench -- --compare`: our gateway beside Hive Gateway and a bare floor subgraph over the
 * same subgraphs and database, every service a process of its own (bench/compare.ts).
 */
if (process.argv.includes('--compare')) {
  const { compare } = await import('../bench/compare.js');
  await compare();
  process.exit(0);
}

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = ((opts: Record<string, unknown>) => Promise<Result> & { on(event: 'tick', fn: (t: { counter: number }) => void): void }) &
  object;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const DURATION = Number(process.env.BENCH_DURATION || 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const QUERIES: Record<string, string> = {
  AltaOverview: `query AltaOverview { municipality(code: "5601") { name county { name }
    agreements { title type parties { name } }
    volunteerStats(year: 2025) { activeVolunteers hours suppressed }
    observations(indicators: ["tfou_contributing_organisations"]) { period value status } } }`,
  RedCrossChapters: `query RedCrossChapters { organisation(orgNumber: "864139442") { name chapters { name agreements { title municipality { name } } } } }`,
  CataloguePage: `query CataloguePage { organisations(first: 20) { totalCount edges { node { name kind } } } }`,
};
type Fetch = { subgraph: SubgraphName; body: string };

const log = (line: string) => process.stdout.write(`${line}\n`);
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function post(url: string, body: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors)}`);
}

/** One run at fixed concurrency after a one-second warm-up (JIT, connection pools), with a progress line per second. */
async function load(label: string, url: string, body: string): Promise<Result> {
  const options = { url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS };
  await autocannon({ ...options, duration: 1 });
  const run = autocannon({ ...options, duration: DURATION });
  let second = 0;
  run.on('tick', ({ counter }) => {
    if (++second <= DURATION) log(`  ${label.padEnd(40)} ${String(second).padStart(3)}/${DURATION} s  ${counter} req/s`);
  });
  const result = await run;
  if (result.non2xx || result.errors) log(`  ${label}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result;
}

// 1. Subgraphs in this process, logging warnings only (the gateway process logs at LOG_LEVEL, default info).
const gatewayLogLevel = process.env.LOG_LEVEL || 'info';
process.env.LOG_LEVEL = 'warn';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samspill-bench-'));
const database: DatabaseConfig = {
  url: process.env.DATABASE_URL || undefined,
  dataDir,
  schemaPrefix: `bench${randomBytes(3).toString('hex')}_`,
};
const loadBefore = os.loadavg()[0].toFixed(1);
log(`Samspill bench: ${CONNECTIONS} connections, ${DURATION} s per run, ${database.url ? 'PostgreSQL' : 'SQLite'}`);
const subgraphs = {} as Record<SubgraphName, SubgraphService>;
const urls = {} as Record<SubgraphName, string>;
for (const name of SUBGRAPH_NAMES) {
  subgraphs[name] = await createSubgraph(SUBGRAPHS[name](), { database });
  urls[name] = await subgraphs[name].listen(0, '127.0.0.1');
  log(`- ${name} on ${urls[name]}`);
}
const env = { ...process.env, ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlVariable(name), urls[name]])) };

// 2. Record the subgraph fetches of each query through an in-process gateway.
const fetches: Record<string, Fetch[]> = {};
let recording: Fetch[] = [];
const recorder = await createGateway({
  ...gatewayConfig(env),
  onSubgraphRequest: (subgraph, body) => recording.push({ subgraph: subgraph as SubgraphName, body: JSON.stringify(body) }),
});
const recorderUrl = await recorder.listen(0, '127.0.0.1');
for (const [name, query] of Object.entries(QUERIES)) {
  recording = [];
  await post(recorderUrl, JSON.stringify({ query }));
  fetches[name] = recording;
  log(`- ${name}: ${recording.map((f) => f.subgraph).join(' → ')}`);
}
await recorder.close();

// 3. The gateway as its own process, logging at LOG_LEVEL (default info) to /dev/null.
const port = await freePort();
const entry = fileURLToPath(new URL('./start-service.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', entry, 'gateway'], {
  env: { ...env, GATEWAY_PORT: String(port), LOG_LEVEL: gatewayLogLevel },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
for (let i = 0; ; i++) {
  if (
    await fetch(new URL('/health', gatewayUrl)).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  if (i > 300) throw new Error('the gateway did not start');
  await new Promise((resolve) => setTimeout(resolve, 100));
}
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOf(child.pid!))), 250);
const idleRss = rssOf(child.pid!);

// 4. Load: each query through the gateway, then its fetches straight to the subgraphs.
interface Row {
  name: string;
  gateway: Result;
  direct: Result[];
}
const rows: Row[] = [];
try {
  for (const [name, query] of Object.entries(QUERIES)) {
    const body = JSON.stringify({ query });
    await post(gatewayUrl, body);
    const gateway = await load(`gateway ${name}`, gatewayUrl, body);
    const direct: Result[] = [];
    for (const [i, fetch] of fetches[name].entries()) {
      await post(urls[fetch.subgraph], fetch.body);
      direct.push(await load(`direct ${name} #${i + 1} ${fetch.subgraph}`, urls[fetch.subgraph], fetch.body));
    }
    rows.push({ name, gateway, direct });
  }
} finally {
  clearInterval(sampler);
  child.kill('SIGTERM');
  for (const name of SUBGRAPH_NAMES) {
    if (database.url) await dropSchema(subgraphs[name].orm, database, name);
    await subgraphs[name].close();
  }
  rmSync(dataDir, { recursive: true, force: true });
}

// 5. Summary. Direct figures add up the fetches as if sent one after another by one client:
// latency is the sum, throughput 1 / Σ(1 / rps) (the subgraphs share this process).
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const f = (n: number) => (!(n > 0) ? '—' : n >= 100 ? Math.round(n).toString() : n.toFixed(1));
const load1 = os.loadavg()[0].toFixed(1);
const lines = [
  `Machine: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), ${mb(os.totalmem())} memory, Node.js ${process.version}, ${os.platform()} ${os.release()}; load average ${loadBefore} before, ${load1} after`,
  `Run: ${CONNECTIONS} connections, ${DURATION} s per run, ${database.url ? 'PostgreSQL' : 'SQLite'}, gateway LOG_LEVEL=${gatewayLogLevel}; gateway RSS idle ${mb(idleRss)}, peak ${mb(peakRss)}`,
  '',
  '| query | fetches | gateway req/s | p50 ms | p99 ms | direct req/s | p50 ms | p99 ms | req/s ratio | p50 ratio |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(({ name, gateway, direct }) => {
    const rps = 1 / direct.reduce((s, r) => s + 1 / r.requests.average, 0);
    const p50 = direct.reduce((s, r) => s + r.latency.p50, 0);
    const p99 = direct.reduce((s, r) => s + r.latency.p99, 0);
    const g = gateway;
    // A run too short for a single answer has no figures; say so rather than print zeros.
    const ratio = (a: number, b: number) => (a > 0 && b > 0 ? (a / b).toFixed(2) : '—');
    return `| ${name} | ${direct.length} | ${f(g.requests.average)} | ${f(g.latency.p50)} | ${f(g.latency.p99)} | ${f(rps)} | ${f(p50)} | ${f(p99)} | ${ratio(g.requests.average, rps)} | ${ratio(g.latency.p50, p50)} |`;
  }),
];
log(`\n${lines.join('\n')}`);
if (process.env.BENCH_MARKDOWN) writeFileSync(process.env.BENCH_MARKDOWN, `${lines.join('\n')}\n`);
process.exit(0);
