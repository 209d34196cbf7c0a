import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberSetting, servicePort, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/config.js';
import { COMPILED_ENTRY, distState } from './dist-freshness.js';
import { GATEWAY_NODE_FLAGS } from '../gateway/node-flags.js';

/**
 * `npm start`: the whole graph on this machine, one process per service as in
 * production: the four subgraphs (embedded SQLite under ./data unless
 * DATABASE_URL is set), then the gateway on http://localhost:4000/graphql.
 * Compiled (dist/) when `npm run build` made it and no source is newer; else through tsx.
 *
 * A service counts as ready when its GET /health answers 200 — probed, not read from its log,
 * so `LOG_LEVEL=warn npm start` comes up the same. A service that exits, or is not ready within
 * START_TIMEOUT_MS (default 180000: the first start compiles, migrates and seeds), is named,
 * and every service is stopped.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
// The compiled services when `npm run build` has made a dist/ no older than the sources (plain node: less
// memory, no compiler at run time); else the TypeScript through tsx, so a fresh clone or an edit needs no build.
const dist = distState(root);
const command = dist.fresh
  ? [path.join(root, COMPILED_ENTRY)]
  : ['--import', 'tsx', fileURLToPath(new URL('./start-service.ts', import.meta.url))];
const children = new Map<string, ChildProcess>();
const timeoutMs = numberSetting(process.env, 'START_TIMEOUT_MS', 180_000, { min: 1000 });
let stopping = false;

/** Resolves once GET /health on the service's port answers 200; rejects when `exited` settles first or time runs out. */
async function probe(name: SubgraphName | 'gateway', exited: Promise<string>): Promise<void> {
  const url = `http://127.0.0.1:${servicePort(name)}/health`;
  const deadline = Date.now() + timeoutMs;
  let gone: string | undefined;
  void exited.then((reason) => (gone = reason));
  while (!gone) {
    if (Date.now() > deadline)
      throw new Error(`${name} was not ready within ${timeoutMs} ms (START_TIMEOUT_MS): ${url} did not answer 200`);
    const healthy = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(250);
  }
  throw new Error(`${name} ${gone} before it was ready`);
}

async function start(name: SubgraphName | 'gateway'): Promise<void> {
  const flags = name === 'gateway' ? GATEWAY_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, ...command, name], { stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  children.set(name, child);
  let ready = false;
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(name);
      if (ready && !stopping) console.error(`${name} stopped (exit code ${code ?? signal}); the gateway answers without it`);
      resolve(`exited with code ${code ?? signal}`);
    }),
  );
  await probe(name, exited);
  ready = true;
}

function stop() {
  stopping = true;
  for (const child of children.values()) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(
  dist.fresh
    ? `npm start: the compiled services (${COMPILED_ENTRY})`
    : `npm start: the TypeScript through tsx (${dist.reason}; \`npm run build\` compiles it)`,
);
try {
  await Promise.all(SUBGRAPH_NAMES.map(start));
  await start('gateway');
  console.log(`\nSamspill is up: http://localhost:${servicePort('gateway')}/graphql (Ctrl-C stops every service)\n`);
} catch (error) {
  console.error((error as Error).message);
  stop();
  process.exitCode = 1;
}
