/**
 * What the indicators subgraph's fetch of scenario (a) costs: `npx tsx bench/indicators.ts`.
 * Starts the indicators subgraph as processes of their own over one seeded SQLite directory, one per
 * variant, and sends each, in alternating rounds, the `_entities` fetch the gateway sends for
 * `Municipality.observations { indicatorCode period value status }`, the municipality varied over
 * the 357. Prints CPU-ms per fetch (from /proc), req/s and RSS idle → peak per variant.
 *
 * BENCH_VARIANTS: `label=script` pairs, comma-separated (default `this=scripts/start-service.ts`);
 * a `.ts` script runs through tsx, a `.js` one (dist/scripts/start-service.js) with plain node, e.g.
 * `base=/tmp/base/scripts/start-service.ts,this=scripts/start-service.ts,dist=dist/scripts/start-service.js`.
 * BENCH_VARIANT_ENV: `label:NAME=value;…` extra environment for one variant (e.g. `prod:NODE_ENV=production`).
 * BENCH_DURATION (s per round, 6), BENCH_ROUNDS (3), BENCH_CONNECTIONS (10), BENCH_ROLE (anonymous|researcher).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken } from '../subgraphs/common/auth.js';
import { authConfig } from '../subgraphs/common/config.js';
import { MUNICIPALITIES } from '../subgraphs/common/municipalities.js';
import { loadRound } from './autocannon.js';
import { freePort, root, rssOf, startProcess, type BenchProcess } from './processes.js';

const DURATION = Number(process.env.BENCH_DURATION || 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 10);
const variants = (process.env.BENCH_VARIANTS || 'this=scripts/start-service.ts').split(',').map((pair) => {
  const [label, script] = pair.split('=');
  return { label, script: path.resolve(root, script) };
});
const variantEnv: Record<string, Record<string, string>> = {};
for (const part of (process.env.BENCH_VARIANT_ENV ?? '').split(';').filter(Boolean)) {
  const label = part.slice(0, part.indexOf(':'));
  const assignment = part.slice(label.length + 1);
  (variantEnv[label] ??= {})[assignment.slice(0, assignment.indexOf('='))] = assignment.slice(assignment.indexOf('=') + 1);
}

const QUERY =
  'query($representations:[_Any!]!){_entities(representations:$representations){...on Municipality{observations{indicatorCode period value status}}}}';
const codes = MUNICIPALITIES.map((m) => m.code);
const body = (i: number) =>
  JSON.stringify({ query: QUERY, variables: { representations: [{ __typename: 'Municipality', code: codes[i % codes.length] }] } });
const headers: Record<string, string> = { 'content-type': 'application/json' };
if (process.env.BENCH_ROLE === 'researcher') headers.authorization = `Bearer ${await signToken(authConfig(), { role: 'researcher' })}`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samspill-bench-indicators-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, METRICS_PORT: 'off', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
delete env.DATABASE_URL;
delete env.LOG_DESTINATION;

const started: BenchProcess[] = [];
const idle: Record<string, number> = {};
const peak: Record<string, number> = {};
const cpu: Record<string, { ms: number; requests: number; rps: number[]; failed: number }> = {};
try {
  for (const variant of variants) {
    const port = await freePort();
    const p = await startProcess(
      variant.label,
      variant.script,
      ['indicators'],
      { ...env, ...variantEnv[variant.label], INDICATORS_PORT: String(port) },
      `http://127.0.0.1:${port}/graphql`,
      `http://127.0.0.1:${port}/health`,
    );
    started.push(p);
    cpu[p.label] = { ms: 0, requests: 0, rps: [], failed: 0 };
  }
  await new Promise((resolve) => setTimeout(resolve, 3000));
  for (const p of started) idle[p.label] = peak[p.label] = rssOf(p.pid);
  const sampler = setInterval(() => {
    for (const p of started) peak[p.label] = Math.max(peak[p.label], rssOf(p.pid));
  }, 250);

  const run = async (p: BenchProcess, seconds: number) => {
    const r = await loadRound(p.url, [p], body, headers, seconds, CONNECTIONS);
    return { ...r, ms: r.cpuMs[p.label] };
  };
  for (const p of started) await run(p, 2); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? started : [...started].reverse();
    for (const p of order) {
      const r = await run(p, DURATION);
      const c = cpu[p.label];
      c.ms += r.ms;
      c.requests += r.requests;
      c.rps.push(r.rps);
      c.failed += r.failed;
      process.stdout.write(
        `round ${round + 1} ${p.label.padEnd(8)} ${(r.ms / r.requests).toFixed(3)} CPU-ms/fetch  ${Math.round(r.rps)} req/s\n`,
      );
    }
  }
  clearInterval(sampler);
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  process.stdout.write(
    `\nload average ${os.loadavg()[0].toFixed(1)}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s\n` +
      '| variant | CPU-ms per fetch | req/s | failed | RSS idle MB | RSS peak MB |\n| --- | --- | --- | --- | --- | --- |\n',
  );
  for (const p of started) {
    const c = cpu[p.label];
    const rps = c.rps.reduce((s, x) => s + x, 0) / c.rps.length;
    process.stdout.write(
      `| ${p.label} | ${(c.ms / c.requests).toFixed(3)} | ${Math.round(rps)} | ${c.failed} | ${mb(idle[p.label])} | ${mb(peak[p.label])} |\n`,
    );
  }
} finally {
  for (const p of started) await p.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
