import { createRequire } from 'node:module';
import { cpuMs } from './processes.js';

/** What the bench reads of an autocannon run (autocannon ships no types). */
export interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadRun extends Promise<LoadResult> {
  on(event: 'tick', fn: (t: { counter: number }) => void): void;
}

/** Per-request hooks: make each request's body (so variables vary), and see each answer. */
export interface RequestHooks {
  setupRequest?: (req: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  onResponse?: (status: number, body: string, context: Record<string, unknown>, headers?: Record<string, string>) => void;
}

export const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => LoadRun;

/** What one round of load gave: the requests, and the CPU-ms each watched process used over it (from /proc). */
export interface Round {
  requests: number;
  rps: number;
  /** Non-200 answers, answers with `errors`, connection errors and timeouts. */
  failed: number;
  /** CPU-ms over the round, by the watched process's label. */
  cpuMs: Record<string, number>;
}

/**
 * `seconds` of load at `connections` against `url`, the i-th request's body made by `body(i)`,
 * counting the CPU time of the processes in `watch` (the one served, or a gateway and its subgraphs).
 */
export async function loadRound(
  url: string,
  watch: { label: string; pid: number }[],
  body: (i: number) => string,
  headers: Record<string, string>,
  seconds: number,
  connections: number,
): Promise<Round> {
  let n = 0;
  let failed = 0;
  const hooks: RequestHooks = {
    setupRequest: (req) => ({ ...req, body: body(n++) }),
    onResponse: (status, text) => {
      if (status !== 200 || text.includes('"errors"')) failed++;
    },
  };
  const before = watch.map((p) => cpuMs(p.pid));
  const result = await autocannon({ url, method: 'POST', headers, connections, duration: seconds, requests: [hooks] });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    failed: failed + result.errors + result.timeouts,
    cpuMs: Object.fromEntries(watch.map((p, i) => [p.label, cpuMs(p.pid) - before[i]])),
  };
}
