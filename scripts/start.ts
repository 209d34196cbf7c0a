import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_NAMES } from '../subgraphs/common/config.js';

/**
 * `npm start`: the whole graph on this machine, one process per service as in
 * production: the four subgraphs (embedded SQLite under ./data unless
 * DATABASE_URL is set), then the gateway on http://localhost:4000/graphql.
 */
const entry = fileURLToPath(new URL('./start-service.ts', import.meta.url));
const children = new Map<string, ChildProcess>();
let stopping = false;

function start(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, name], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
    children.set(name, child);
    let ready = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      if (!ready && chunk.toString().includes('listening')) {
        ready = true;
        resolve();
      }
    });
    child.on('exit', (code) => {
      children.delete(name);
      if (!ready) reject(new Error(`${name} exited with code ${code} before it was ready`));
      else if (!stopping) console.error(`${name} stopped (exit code ${code}); the gateway answers without it`);
    });
  });
}

function stop() {
  stopping = true;
  for (const child of children.values()) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  await Promise.all(SUBGRAPH_NAMES.map(start));
  await start('gateway');
  console.log(`\nSamspill is up: http://localhost:${process.env.GATEWAY_PORT ?? 4000}/graphql (Ctrl-C stops every service)\n`);
} catch (error) {
  console.error((error as Error).message);
  stop();
  process.exitCode = 1;
}
