import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, COMPILED_ENTRY, distState } from '../../scripts/dist-freshness.js';

/*
 * `npm start` runs dist/ when `npm run build` finished (its stamp) after the last change to any
 * source it builds from, and the TypeScript through tsx otherwise (scripts/start.ts).
 */
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A checkout with sources written at `sourceTime` and, if `builtAt` is given, a dist/ stamped then. */
function checkout(sourceTime: number, builtAt?: number) {
  const root = mkdtempSync(path.join(tmpdir(), 'samspill-dist-'));
  roots.push(root);
  const write = (file: string, time: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
    utimesSync(path.join(root, file), time / 1000, time / 1000);
  };
  for (const file of ['subgraphs/indicators/index.ts', 'gateway/gateway.ts', 'schema/supergraph.graphql', 'tsconfig.json'])
    write(file, sourceTime);
  if (builtAt !== undefined) {
    write(COMPILED_ENTRY, builtAt);
    write(BUILD_STAMP, builtAt);
  }
  return { root, write };
}

const T = Date.parse('2026-11-26T12:00:00Z');

describe('dist/ freshness for npm start', () => {
  it('runs the TypeScript when there is no dist/', () => {
    expect(distState(checkout(T).root)).toEqual({ fresh: false, reason: 'there is no complete dist/' });
  });

  it('runs dist/ when the build finished after the last source change', () => {
    expect(distState(checkout(T, T + 60_000).root)).toEqual({ fresh: true });
  });

  it('does not run a dist/ whose build did not finish (no stamp)', () => {
    const { root } = checkout(T, T + 60_000);
    rmSync(path.join(root, BUILD_STAMP));
    expect(distState(root).fresh).toBe(false);
  });

  it('runs the TypeScript again once a source, the schema or the compiler settings change, naming the file', () => {
    for (const file of [
      'subgraphs/indicators/services/new.ts',
      'schema/supergraph.graphql',
      'web/research/app.ts',
      'tsconfig.build.json',
    ]) {
      const { root, write } = checkout(T, T + 60_000);
      write(file, T + 120_000);
      expect(distState(root)).toEqual({ fresh: false, reason: `${file} is newer than dist/` });
    }
  });
});
