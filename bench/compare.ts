/**
 * `npm run bench -- --compare`: over one seeded SQLite database, the four subgraphs and our gateway
 * (each a process of its own, shipped defaults), our gateway a second time with GATEWAY_CACHE=off,
 * Hive Gateway over the same subgraphs and supergraph, and a bare floor subgraph; then, in rounds
 * that rotate the order, each scenario through the three gateways and one `_entities` fetch straight
 * to the organisations subgraph and to the floor. Reports req/s, p50/p99, failed requests, CPU-ms
 * per request per process (from /proc), peak RSS, and how many answers came from our response cache
 * (its x-cache header) and over how many distinct requests.
 *
 * BENCH_DURATION (seconds per round, default 8), BENCH_ROUNDS (default 2), BENCH_CONNECTIONS
 * (default 20), BENCH_SCENARIOS (e.g. "a,b"), BENCH_MARKDOWN (write the summary to this file).
 * Extra environment for our gateway: BENCH_GATEWAY_ENV='GATEWAY_DEDUPE=false,LOG_REQUESTS=false'.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { GATEWAY_NODE_FLAGS } from '../gateway/node-flags.js';
import { SUBGRAPH_NAMES } from '../subgraphs/common/config.js';
import { cpuMs, freePort, root, rssOf, serviceEntry, startGraph, startProcess, type BenchProcess } from './processes.js';
import { autocannon, type RequestHooks } from './autocannon.js';
import { entitiesBody, scenarios, type Scenario } from './scenarios.js';

const DURATION = Number(process.env.BENCH_DURATION || 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const ONLY = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim());
const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)}`;
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** What one round measured. */
interface Round {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failed: number;
  /** CPU-ms per request, by process label. */
  cpu: Record<string, number>;
  /** Answers marked x-cache: HIT (our gateway with its cache on; 0 for the others). */
  hits: number;
  /** Distinct request bodies sent. */
  distinct: number;
}

/** Where each target's next request is in its scenario's sequence of variables. */
const nextRequest = new Map<string, number>();

/** A load at fixed concurrency against `url`; every answer with a GraphQL error or a non-2xx status counts as failed. */
async function load(
  label: string,
  url: string,
  scenario: Pick<Scenario, 'key' | 'headers' | 'body'>,
  seconds: number,
  watch: BenchProcess[],
) {
  // Each target goes on through the scenario's variables where its last load stopped, so a load
  // never starts again with the municipalities its warm-up (or its previous round) just asked for.
  const sequence = `${url}\n${scenario.key}`;
  let n = nextRequest.get(sequence) ?? 0;
  let failedBodies = 0;
  let firstFailure = '';
  let hits = 0;
  const bodies = new Set<string>();
  const hooks: RequestHooks = {
    setupRequest: (req) => {
      const body = scenario.body(n++);
      bodies.add(body);
      return { ...req, body };
    },
    onResponse: (status, body, _context, headers) => {
      if (status === 200 && body.includes('"errors"')) failedBodies++;
      if ((status !== 200 || body.includes('"errors"')) && !firstFailure) firstFailure = `${status} ${body.slice(0, 200)}`;
      if (headers?.['x-cache'] === 'HIT') hits++;
    },
  };
  const before = watch.map((p) => cpuMs(p.pid));
  const run = autocannon({
    url,
    method: 'POST',
    headers: scenario.headers,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [hooks],
  });
  let second = 0;
  run.on('tick', ({ counter }) => {
    second++;
    if (label && (second % 2 === 0 || second === seconds))
      log(`  ${label.padEnd(58)} ${String(second).padStart(3)}/${seconds} s  ${counter} req/s`);
  });
  const result = await run;
  const failures = result.non2xx + result.errors + result.timeouts + failedBodies;
  if (label && failures > 0)
    log(
      `  ${label}: ${failures} failed (${result.timeouts} timed out, ${result.errors} connection errors, ${result.non2xx} non-2xx, ${failedBodies} with errors)${firstFailure ? `; first: ${firstFailure}` : ''}`,
    );
  nextRequest.set(sequence, n);
  const after = watch.map((p) => cpuMs(p.pid));
  const requests = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests,
    failed: failures,
    cpu: Object.fromEntries(watch.map((p, i) => [p.label, requests ? (after[i] - before[i]) / requests : NaN])),
    hits,
    distinct: bodies.size,
  } satisfies Round;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
function combine(rounds: Round[]): Round {
  return {
    rps: mean(rounds.map((r) => r.rps)),
    p50: mean(rounds.map((r) => r.p50)),
    p99: Math.max(...rounds.map((r) => r.p99)),
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    failed: rounds.reduce((s, r) => s + r.failed, 0),
    hits: rounds.reduce((s, r) => s + r.hits, 0),
    distinct: Math.max(...rounds.map((r) => r.distinct)),
    cpu: Object.fromEntries(
      Object.keys(rounds[0].cpu).map((label) => {
        // Weighted by requests: total CPU over total requests.
        const total = rounds.reduce((s, r) => s + r.cpu[label] * r.requests, 0);
        return [label, total / rounds.reduce((s, r) => s + r.requests, 0)];
      }),
    ),
  };
}

export async function compare() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samspill-compare-'));
  const loadBefore = os.loadavg()[0].toFixed(1);
  const ports = { hive: await freePort(), floor: await freePort(), uncached: await freePort() };
  const urlOf = (name: keyof typeof ports) => `http://127.0.0.1:${ports[name]}/graphql`;
  const gatewayEnv = Object.fromEntries(
    (process.env.BENCH_GATEWAY_ENV ?? '')
      .split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=', 2)),
  );
  const started: BenchProcess[] = [];
  const peak = new Map<string, number>();
  const sampler = setInterval(() => {
    for (const p of started) if (p.child.exitCode === null) peak.set(p.label, Math.max(peak.get(p.label) ?? 0, rssOf(p.pid)));
  }, 250);
  try {
    log(`Samspill compare: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s per target and scenario, SQLite in ${dataDir}`);
    const service = serviceEntry(log);
    const idle: Record<string, number> = {};
    const graph = await startGraph(
      dataDir,
      gatewayEnv,
      (p) => {
        started.push(p);
        // A subgraph's idle memory, before the gateway (and any load) reaches it.
        if (p.label !== 'gateway') idle[p.label] = rssOf(p.pid);
        log(`- ${p.label === 'gateway' ? 'our gateway' : p.label} on ${p.url} (pid ${p.pid})`);
      },
      service,
    );
    const { env, subgraphs, gateway: ours } = graph;
    if (Object.keys(gatewayEnv).length) log(`  our gateway with ${process.env.BENCH_GATEWAY_ENV}`);
    // Our gateway once more, the response cache off: the gateway's own work per request, beside Hive Gateway's.
    const uncached = await startProcess(
      'uncached',
      service,
      ['gateway'],
      { ...env, ...gatewayEnv, GATEWAY_CACHE: 'off', GATEWAY_PORT: String(ports.uncached) },
      urlOf('uncached'),
      `http://127.0.0.1:${ports.uncached}/health`,
      { nodeArgs: GATEWAY_NODE_FLAGS },
    );
    started.push(uncached);
    log(`- our gateway with GATEWAY_CACHE=off on ${uncached.url}`);
    const hive = await startProcess(
      'hive',
      path.join(root, 'bench/hive-gateway.ts'),
      [String(ports.hive)],
      env,
      urlOf('hive'),
      `http://127.0.0.1:${ports.hive}/healthcheck`,
    );
    started.push(hive);
    log(`- Hive Gateway on ${hive.url}`);
    const floor = await startProcess(
      'floor',
      path.join(root, 'bench/floor-subgraph.ts'),
      [path.join(dataDir, 'organisations.sqlite'), String(ports.floor)],
      env,
      urlOf('floor'),
      `http://127.0.0.1:${ports.floor}/graphql?query=%7B__typename%7D`,
    );
    started.push(floor);
    log(`- floor subgraph on ${floor.url}`);
    for (const p of [ours, uncached, hive, floor]) idle[p.label] = rssOf(p.pid);
    const gateways = [ours, uncached, hive];
    const nameOf = (g: BenchProcess) => ({ hive: 'Hive Gateway', uncached: 'Samspill, GATEWAY_CACHE=off' })[g.label] ?? 'Samspill';

    const all = (await scenarios(env)).filter((s) => !ONLY || ONLY.includes(s.key));
    // The gateways must give the same answers, without errors, before anything is timed.
    for (const scenario of all) {
      for (const i of [0, 1, 7]) {
        const answers = await Promise.all(
          gateways.map(async (g) => {
            const r = await fetch(g.url, { method: 'POST', headers: scenario.headers, body: scenario.body(i) });
            return { status: r.status, text: await r.text() };
          }),
        );
        for (const [j, a] of answers.entries()) {
          if (a.status !== 200 || a.text.includes('"errors"'))
            throw new Error(`${scenario.key} via ${nameOf(gateways[j])}: ${a.status} ${a.text.slice(0, 400)}`);
        }
        const [mine, ...others] = answers.map((a) => JSON.parse(a.text) as unknown);
        for (const [j, theirs] of others.entries()) {
          if (!isDeepStrictEqual(mine, theirs)) {
            log(
              `  note: ${scenario.key} #${i}: the answers of ours and ${nameOf(gateways[j + 1])} differ:\n    ours ${answers[0].text.slice(0, 300)}\n    theirs ${answers[j + 1].text.slice(0, 300)}`,
            );
          }
        }
      }
    }
    const subgraphProcesses = SUBGRAPH_NAMES.map((n) => subgraphs[n]);
    const results = new Map<string, Round[]>();
    const push = (key: string, round: Round) => results.set(key, [...(results.get(key) ?? []), round]);
    for (const scenario of all) {
      log(`\n(${scenario.key}) ${scenario.title}`);
      for (const g of gateways) await load('', g.url, scenario, 2, []);
      for (let round = 0; round < ROUNDS; round++) {
        // Each round starts with the next gateway, so none always runs first (or right after another).
        const order = gateways.map((_, i) => gateways[(i + round) % gateways.length]);
        for (const g of order) {
          push(
            `${scenario.key}:${g.label}`,
            await load(`${g.label} round ${round + 1}`, g.url, scenario, DURATION, [g, ...subgraphProcesses]),
          );
        }
      }
    }
    // One `_entities` fetch of five organisations, straight to the organisations subgraph and to the floor.
    const ids = (await fetch(ours.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organisations(first: 5) { edges { node { id } } } }' }),
    }).then((r) => r.json())) as { data: { organisations: { edges: { node: { id: string } }[] } } };
    const entities = {
      key: 'f',
      headers: { 'content-type': 'application/json' },
      body: () => entitiesBody(ids.data.organisations.edges.map((e) => e.node.id)),
    };
    log('\n(f) _entities: five Organisations by id, straight to the subgraph');
    for (const p of [subgraphs.organisations, floor]) await load('', p.url, entities, 2, []);
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? [subgraphs.organisations, floor] : [floor, subgraphs.organisations];
      for (const p of order) push(`f:${p.label}`, await load(`${p.label} round ${round + 1}`, p.url, entities, DURATION, [p]));
    }

    // Summary.
    const lines = [
      `Machine: ${os.availableParallelism()} vCPU (${os.cpus()[0]?.model.trim()}), ${mb(os.totalmem())} MB, shared with other work; Node.js ${process.version}; load average ${loadBefore} before, ${os.loadavg()[0].toFixed(1)} after`,
      `Run: ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION} s per target; SQLite; shipped defaults${Object.keys(gatewayEnv).length ? ` except ${process.env.BENCH_GATEWAY_ENV} for our gateway` : ''}. CPU is ms per request from /proc/<pid>/stat (utime+stime), RSS peak in MB`,
      '',
      '| scenario | gateway | req/s | p50 ms | p99 ms | failed | from cache | gateway CPU | organisations | agreements | volunteers | indicators | subgraphs Σ | gateway RSS |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ];
    const ratios: string[] = [];
    for (const scenario of all) {
      for (const g of gateways) {
        const r = combine(results.get(`${scenario.key}:${g.label}`)!);
        const sub = SUBGRAPH_NAMES.map((n) => r.cpu[n]);
        // Hits over all requests of the rounds, and the most distinct requests one round sent.
        const fromCache = g === ours ? `${fixed((100 * r.hits) / r.requests, 0)} % of ${r.requests} (${r.distinct} distinct)` : '—';
        lines.push(
          `| ${scenario.key} | ${nameOf(g)} | ${Math.round(r.rps)} | ${fixed(r.p50, 0)} | ${fixed(r.p99, 0)} | ${r.failed} | ${fromCache} | ${fixed(r.cpu[g.label], 2)} | ${sub.map((c) => fixed(c, 2)).join(' | ')} | ${fixed(
            sub.reduce((s, c) => s + c, 0),
            2,
          )} | ${mb(peak.get(g.label) ?? 0)} |`,
        );
      }
      const [cachedRun, uncachedRun, hiveRun] = gateways.map((g) => combine(results.get(`${scenario.key}:${g.label}`)!));
      ratios.push(
        `(${scenario.key}) req/s ours ÷ Hive Gateway: ${fixed(cachedRun.rps / hiveRun.rps, 2)}×; gateway CPU per request with GATEWAY_CACHE=off ÷ Hive Gateway's: ${fixed(uncachedRun.cpu.uncached / hiveRun.cpu.hive, 2)}×`,
      );
    }
    lines.push('', ...ratios);
    lines.push(
      '',
      '| (f) `_entities`, 5 Organisations | req/s | p50 ms | p99 ms | failed | CPU-ms per fetch |',
      '|---|---|---|---|---|---|',
    );
    for (const p of [subgraphs.organisations, floor]) {
      const r = combine(results.get(`f:${p.label}`)!);
      lines.push(
        `| ${p.label === 'floor' ? 'floor (Apollo Server + plain SQL)' : 'organisations subgraph'} | ${Math.round(r.rps)} | ${fixed(r.p50, 0)} | ${fixed(r.p99, 0)} | ${r.failed} | ${fixed(r.cpu[p.label], 2)} |`,
      );
    }
    lines.push('', '| process | RSS idle MB | RSS peak MB |', '|---|---|---|');
    for (const p of started) lines.push(`| ${p.label} | ${mb(idle[p.label] ?? 0)} | ${mb(peak.get(p.label) ?? 0)} |`);
    log(`\n${lines.join('\n')}`);
    if (process.env.BENCH_MARKDOWN) writeFileSync(process.env.BENCH_MARKDOWN, `${lines.join('\n')}\n`);
  } finally {
    clearInterval(sampler);
    await Promise.all(started.map((p) => p.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
