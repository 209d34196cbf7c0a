/**
 * How the services run: `npx tsx bench/runtime.ts`. Starts the whole graph (four subgraphs and the
 * gateway, each a process) once per variant over one seeded SQLite directory, reads every process's
 * idle RSS, then sends scenario (a) of the comparison (bench/scenarios.ts: the all-four-subgraph
 * municipality query, varied over the 357 municipalities) through each variant's gateway in
 * alternating rounds: CPU-ms per request per process (from /proc), req/s and peak RSS.
 *
 * BENCH_VARIANTS: `label=script` pairs (default `tsx=scripts/start-service.ts,dist=dist/scripts/start-service.js`;
 * a `.js` script runs with plain node: run `npm run build` first). BENCH_VARIANT_ENV: `label:NAME=value;…`
 * (e.g. `prod:NODE_ENV=production`; production needs a JWT_SECRET of your own, which every variant gets).
 * BENCH_DURATION (s per round, 8), BENCH_ROUNDS (2), BENCH_CONNECTIONS (20), BENCH_IDLE_SECONDS (5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GATEWAY_NODE_FLAGS } from '../gateway/node-flags.js';
import { SUBGRAPH_NAMES } from '../subgraphs/common/config.js';
import { loadRound } from './autocannon.js';
import { freePort, root, rssOf, startProcess, type BenchProcess } from './processes.js';
import { scenarios } from './scenarios.js';

const DURATION = Number(process.env.BENCH_DURATION || 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS || 5);
const variants = (process.env.BENCH_VARIANTS || 'tsx=scripts/start-service.ts,dist=dist/scripts/start-service.js')
  .split(',')
  .map((pair) => ({ label: pair.slice(0, pair.indexOf('=')), script: path.resolve(root, pair.slice(pair.indexOf('=') + 1)) }));
const variantEnv: Record<string, Record<string, string>> = {};
for (const part of (process.env.BENCH_VARIANT_ENV ?? '').split(';').filter(Boolean)) {
  const label = part.slice(0, part.indexOf(':'));
  const assignment = part.slice(label.length + 1);
  (variantEnv[label] ??= {})[assignment.slice(0, assignment.indexOf('='))] = assignment.slice(assignment.indexOf('=') + 1);
}
const SERVICES = [...SUBGRAPH_NAMES, 'gateway'] as const;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const log = (line: string) => process.stdout.write(`${line}\n`);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samspill-bench-runtime-'));
const base: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, METRICS_PORT: 'off' };
delete base.DATABASE_URL;
delete base.LOG_DESTINATION;

interface Graph {
  label: string;
  processes: Record<string, BenchProcess>;
  idle: Record<string, number>;
  peak: Record<string, number>;
  cpu: Record<string, number>;
  requests: number;
  failed: number;
  rps: number[];
}
const graphs: Graph[] = [];
const scenario = (await scenarios(base)).find((s) => s.key === 'a')!;
try {
  // Seed the directory first, with processes of its own that are stopped again, so no variant's idle RSS holds the seeding.
  {
    const env: NodeJS.ProcessEnv = { ...base, ...variantEnv[variants[0].label] };
    for (const n of SUBGRAPH_NAMES) {
      const port = await freePort();
      const p = await startProcess(
        `seed ${n}`,
        variants[0].script,
        [n],
        { ...env, [`${n.toUpperCase()}_PORT`]: String(port) },
        '',
        `http://127.0.0.1:${port}/health`,
      );
      await p.stop();
    }
  }
  for (const variant of variants) {
    const env: NodeJS.ProcessEnv = { ...base, ...variantEnv[variant.label] };
    const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (n) => [n, await freePort()] as const)));
    for (const n of SUBGRAPH_NAMES) {
      env[`${n.toUpperCase()}_PORT`] = String(ports[n]);
      env[`${n.toUpperCase()}_URL`] = `http://127.0.0.1:${ports[n]}/graphql`;
    }
    env.GATEWAY_PORT = String(ports.gateway);
    const processes: Record<string, BenchProcess> = {};
    for (const n of SERVICES) {
      processes[n] = await startProcess(
        `${variant.label} ${n}`,
        variant.script,
        [n],
        env,
        `http://127.0.0.1:${ports[n]}/graphql`,
        `http://127.0.0.1:${ports[n]}/health`,
        { nodeArgs: n === 'gateway' ? GATEWAY_NODE_FLAGS : [] },
      );
    }
    graphs.push({ label: variant.label, processes, idle: {}, peak: {}, cpu: {}, requests: 0, failed: 0, rps: [] });
    log(`- ${variant.label}: started (${path.relative(root, variant.script)})`);
  }
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  for (const g of graphs) for (const n of SERVICES) g.idle[n] = g.peak[n] = rssOf(g.processes[n].pid);
  const sampler = setInterval(() => {
    for (const g of graphs) for (const n of SERVICES) g.peak[n] = Math.max(g.peak[n], rssOf(g.processes[n].pid));
  }, 250);

  const run = (g: Graph, seconds: number) =>
    loadRound(
      g.processes.gateway.url,
      SERVICES.map((n) => ({ label: n, pid: g.processes[n].pid })),
      scenario.body,
      scenario.headers,
      seconds,
      CONNECTIONS,
    );
  for (const g of graphs) await run(g, 2); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const g of round % 2 === 0 ? graphs : [...graphs].reverse()) {
      const r = await run(g, DURATION);
      for (const n of SERVICES) g.cpu[n] = (g.cpu[n] ?? 0) + r.cpuMs[n];
      g.requests += r.requests;
      g.failed += r.failed;
      g.rps.push(r.rps);
      log(
        `  round ${round + 1} ${g.label.padEnd(8)} ${Math.round(r.rps)} req/s, gateway ${(r.cpuMs.gateway / r.requests).toFixed(2)} CPU-ms/req`,
      );
    }
  }
  clearInterval(sampler);
  log(
    `\nload average ${os.loadavg()[0].toFixed(1)}; scenario (a), ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per variant\n`,
  );
  log(`| variant | req/s | failed | ${SERVICES.map((n) => `${n} CPU-ms/req`).join(' | ')} | subgraphs Σ |`);
  log(`| --- | --- | --- | ${SERVICES.map(() => '---').join(' | ')} | --- |`);
  for (const g of graphs) {
    const per = (n: string) => g.cpu[n] / g.requests;
    const rps = g.rps.reduce((s, x) => s + x, 0) / g.rps.length;
    log(
      `| ${g.label} | ${Math.round(rps)} | ${g.failed} | ${SERVICES.map((n) => per(n).toFixed(2)).join(' | ')} | ${SUBGRAPH_NAMES.reduce((s, n) => s + per(n), 0).toFixed(2)} |`,
    );
  }
  log(`\n| variant | ${SERVICES.map((n) => `${n} RSS idle → peak MB`).join(' | ')} |`);
  log(`| --- | ${SERVICES.map(() => '---').join(' | ')} |`);
  for (const g of graphs) log(`| ${g.label} | ${SERVICES.map((n) => `${mb(g.idle[n])} → ${mb(g.peak[n])}`).join(' | ')} |`);
} finally {
  for (const g of graphs) for (const p of Object.values(g.processes)) await p.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
