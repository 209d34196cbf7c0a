/**
 * `npm run soak`: the whole graph, each service a process of its own over a fresh SQLite
 * directory, under a steady mixed load on loopback (the catalogue page, a partner's change
 * feed, a coordinator's agreements page and the all-four-subgraph municipality query with
 * its municipality varied), bounded in time. It prints each process's RSS after warm-up and
 * at the end, the growth, and every failed request, and exits 1 when a request failed or a
 * process grew by more than SOAK_MAX_GROWTH_PERCENT.
 *
 * SOAK_SECONDS (default 180), SOAK_WARMUP_SECONDS (60), SOAK_CONNECTIONS (10),
 * SOAK_MAX_GROWTH_PERCENT (10).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { autocannon } from './autocannon.js';
import { rssOf, startGraph } from './processes.js';
import { scenarios } from './scenarios.js';

const setting = (name: string, fallback: number) => Number(process.env[name] || fallback);
const SECONDS = setting('SOAK_SECONDS', 180);
const WARMUP = setting('SOAK_WARMUP_SECONDS', 60);
const CONNECTIONS = setting('SOAK_CONNECTIONS', 10);
const MAX_GROWTH = setting('SOAK_MAX_GROWTH_PERCENT', 10);
const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/** A load mixing the scenarios request by request; answers with GraphQL errors are failures too. */
async function load(seconds: number, url: string, mix: Awaited<ReturnType<typeof scenarios>>, label: string) {
  let n = 0;
  const failures: string[] = [];
  const run = autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => {
          const scenario = mix[n % mix.length];
          const i = Math.floor(n++ / mix.length);
          return { ...req, headers: scenario.headers, body: scenario.body(i) };
        },
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.includes('"errors"')) failures.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  let second = 0;
  run.on('tick', ({ counter }) => {
    second++;
    if (second % 10 === 0 || second === seconds) log(`  ${label} ${String(second).padStart(4)}/${seconds} s  ${counter} req/s`);
  });
  const result = await run;
  return { result, failures };
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samspill-soak-'));
log(`Samspill soak: ${SECONDS} s at ${CONNECTIONS} connections after ${WARMUP} s of warm-up, SQLite in ${dataDir}`);
const graph = await startGraph(dataDir, {}, (p) => log(`- ${p.label} up (pid ${p.pid})`));
let exitCode = 0;
try {
  const mix = (await scenarios(graph.env)).filter((s) => ['a', 'c', 'd', 'e'].includes(s.key));
  log(`mix: ${mix.map((s) => s.title).join(' | ')}`);
  const warm = await load(WARMUP, graph.gateway.url, mix, 'warm-up');
  const start = Object.fromEntries(graph.all.map((p) => [p.label, rssOf(p.pid)]));
  const soak = await load(SECONDS, graph.gateway.url, mix, 'soak   ');
  const end = Object.fromEntries(graph.all.map((p) => [p.label, rssOf(p.pid)]));
  const { result } = soak;
  // Non-2xx answers and answers with GraphQL errors are in `failures`; connection errors and timeouts are not.
  const failed = soak.failures.length + result.errors + result.timeouts;
  log('');
  log(`Machine: ${os.cpus().length} CPUs, Node.js ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at the end`);
  log(
    `Requests: ${result.requests.total} (${result.requests.average.toFixed(1)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, failed ${failed} (warm-up: ${warm.failures.length})`,
  );
  log('');
  log('| process | RSS after warm-up MB | RSS at end MB | growth |');
  log('| --- | --- | --- | --- |');
  for (const p of graph.all) {
    const growth = ((end[p.label] - start[p.label]) / start[p.label]) * 100;
    if (growth > MAX_GROWTH) exitCode = 1;
    log(`| ${p.label} | ${mb(start[p.label])} | ${mb(end[p.label])} | ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} % |`);
  }
  for (const failure of soak.failures.slice(0, 10)) log(`failed: ${failure}`);
  if (failed > 0) exitCode = 1;
  log(exitCode === 0 ? `\nheld: 0 failed, every process grew less than ${MAX_GROWTH} %` : `\nNOT held (see above)`);
} finally {
  await Promise.all(graph.all.map((p) => p.stop()));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = exitCode;
