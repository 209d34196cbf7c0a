/**
 * The processes a comparison run starts, and what /proc says about them: CPU time (utime + stime)
 * and resident memory. CPU time per request holds up on a shared machine better than req/s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { GATEWAY_NODE_FLAGS } from '../gateway/node-flags.js';
import { SUBGRAPH_NAMES } from '../subgraphs/common/config.js';
import { COMPILED_ENTRY, distState } from '../scripts/dist-freshness.js';

/** Clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface BenchProcess {
  label: string;
  pid: number;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const root = fileURLToPath(new URL('..', import.meta.url));

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** CPU milliseconds the process has used so far (user + system). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) start at state, field 3; utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident memory in bytes. */
export const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

async function waitFor(url: string, child: ChildProcess, label: string, timeoutMs = 120_000) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited with code ${child.exitCode} before it answered`);
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    if (Date.now() - started > timeoutMs) throw new Error(`${label} did not answer on ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts `node [nodeArgs] [--import tsx] <script> ...args` with `env` in `cwd` (this checkout unless
 * given, e.g. another checkout for an A/B), waits until `probe` answers, and returns it. Its standard
 * output is dropped (the services log there); errors go to ours.
 */
export async function startProcess(
  label: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  probe: string,
  { cwd = root, nodeArgs = [] }: { cwd?: string; nodeArgs?: string[] } = {},
): Promise<BenchProcess> {
  const entry = script.endsWith('.js') ? [script, ...args] : ['--import', 'tsx', script, ...args];
  const child = spawn(process.execPath, [...nodeArgs, ...entry], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(probe, child, label);
  return {
    label,
    pid: child.pid!,
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The service entry a bench starts: the compiled dist/ (what production runs), built first with
 * `npm run build` when it is missing or older than the sources; `BENCH_RUNNER=tsx` runs the
 * TypeScript through tsx instead. Says which it chose.
 */
export function serviceEntry(log: (line: string) => void): string {
  if (process.env.BENCH_RUNNER === 'tsx') {
    log('Runner: tsx (BENCH_RUNNER=tsx)');
    return `${root}scripts/start-service.ts`;
  }
  const state = distState(root);
  if (!state.fresh) {
    log(`Runner: compiled dist/; building it first (${state.reason}) …`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error(`npm run build failed (exit code ${build.status})`);
  }
  log('Runner: compiled dist/ (node dist/scripts/start-service.js)');
  return `${root}${COMPILED_ENTRY}`;
}

export interface GraphProcesses {
  /** The environment every service was started with (ports, URLs, DATA_DIR). */
  env: NodeJS.ProcessEnv;
  subgraphs: Record<string, BenchProcess>;
  gateway: BenchProcess;
  /** Every process started, in order, for sampling and stopping. */
  all: BenchProcess[];
}

/**
 * The four subgraphs and our gateway, each a process of its own (scripts/start-service.ts) on
 * free ports over SQLite in `dataDir`, ready when their /health answers. `onStarted` hears of
 * each as it comes up; `gatewayEnv` adds settings for the gateway alone; `service` is the entry
 * (`serviceEntry()` for the compiled one).
 */
export async function startGraph(
  dataDir: string,
  gatewayEnv: Record<string, string> = {},
  onStarted: (process: BenchProcess) => void = () => undefined,
  service = `${root}scripts/start-service.ts`,
): Promise<GraphProcesses> {
  const names = SUBGRAPH_NAMES;
  const ports = Object.fromEntries(await Promise.all([...names, 'gateway'].map(async (n) => [n, await freePort()] as const)));
  const urlOf = (name: string) => `http://127.0.0.1:${ports[name]}/graphql`;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, METRICS_PORT: 'off' };
  delete env.DATABASE_URL;
  delete env.LOG_DESTINATION;
  for (const name of names) {
    env[`${name.toUpperCase()}_PORT`] = String(ports[name]);
    env[`${name.toUpperCase()}_URL`] = urlOf(name);
  }
  const all: BenchProcess[] = [];
  const subgraphs: Record<string, BenchProcess> = {};
  for (const name of names) {
    subgraphs[name] = await startProcess(name, service, [name], env, urlOf(name), `http://127.0.0.1:${ports[name]}/health`);
    all.push(subgraphs[name]);
    onStarted(subgraphs[name]);
  }
  const gatewayUrl = `http://127.0.0.1:${ports.gateway}/health`;
  const gateway = await startProcess(
    'gateway',
    service,
    ['gateway'],
    { ...env, ...gatewayEnv, GATEWAY_PORT: String(ports.gateway) },
    urlOf('gateway'),
    gatewayUrl,
    { nodeArgs: GATEWAY_NODE_FLAGS },
  );
  all.push(gateway);
  onStarted(gateway);
  return { env, subgraphs, gateway, all };
}
