import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { distState } from '../../scripts/dist-freshness.js';
import { SUBGRAPH_NAMES } from '../../subgraphs/common/config.js';
import { gql } from '../helpers/graphql.js';

/*
 * `npm start` as a reader runs it, on the embedded SQLite default in a fresh data directory:
 * readiness is probed (GET /health), so it comes up with LOG_LEVEL=warn, and a service that
 * cannot start is named and everything stops.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'samspill-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Free ports, held until all are picked so none is picked twice. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<http.Server>((resolve) => {
          const s = http.createServer();
          s.listen(0, '127.0.0.1', () => resolve(s));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

async function npmStart(env: Record<string, string>, until: RegExp) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const child = spawn('npm', ['start'], { env: { ...rest, DATA_DIR: dataDir, METRICS_PORT: 'off', ...env }, detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    return exited;
  };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start: no ${until} within 240 s:\n${output}`)), 240_000);
    const check = () => {
      if (until.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    void exited.then(() => setTimeout(() => (until.test(output) ? resolve() : reject(new Error(`npm start exited:\n${output}`))), 100));
  });
  return { output: () => output, stop, exited };
}

describe('npm start', () => {
  it('brings the whole graph up with LOG_LEVEL=warn, ready when every /health answers', async () => {
    const [gateway, ...subgraphs] = await freePorts(5);
    const ports = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [`${name.toUpperCase()}_PORT`, String(subgraphs[i])]));
    const urls = Object.fromEntries(
      SUBGRAPH_NAMES.map((name, i) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${subgraphs[i]}/graphql`]),
    );
    const started = await npmStart({ LOG_LEVEL: 'warn', GATEWAY_PORT: String(gateway), ...ports, ...urls }, /Samspill is up/);
    try {
      expect(started.output()).not.toMatch(/"level":30/); // no info lines at LOG_LEVEL=warn
      // dist/ when `npm run build` made one no older than the sources, else the TypeScript through tsx.
      const fresh = distState(fileURLToPath(new URL('../..', import.meta.url))).fresh;
      expect(started.output()).toMatch(fresh ? /npm start: the compiled services/ : /npm start: the TypeScript through tsx/);
      const { data, errors } = await gql(
        `http://127.0.0.1:${gateway}/graphql`,
        '{ municipality(code: "5601") { name agreements { title } } }',
      );
      expect(errors).toBeUndefined();
      expect(data.municipality.name).toBe('Alta');
      expect(data.municipality.agreements.length).toBeGreaterThan(0);
    } finally {
      await started.stop();
    }
  }, 300_000);

  it('names a service that cannot start and stops the others', async () => {
    const [gateway, ...subgraphs] = await freePorts(5);
    // The organisations port is taken, so that service exits at once.
    const blocker = http.createServer();
    await new Promise<void>((resolve) => blocker.listen(subgraphs[0], '127.0.0.1', resolve));
    try {
      const ports = Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [`${name.toUpperCase()}_PORT`, String(subgraphs[i])]));
      const started = await npmStart(
        { LOG_LEVEL: 'warn', GATEWAY_PORT: String(gateway), ...ports },
        /organisations exited with code \d+ before it was ready/,
      );
      expect(await started.exited).toBe(1);
      expect(started.output()).not.toMatch(/Samspill is up/);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  }, 300_000);
});
