import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What `npm run build` compiles or copies into dist/: when any of these is newer than the build, dist/ is stale. */
export const BUILD_INPUTS = ['subgraphs', 'gateway', 'schema', 'web', 'scripts', 'tsconfig.json', 'tsconfig.build.json'];

/** Written by scripts/start-build-assets.ts as the last step of `npm run build`; its mtime is when the build finished. */
export const BUILD_STAMP = 'dist/.build-stamp';

/** The compiled entry `npm start` runs when dist/ is fresh. */
export const COMPILED_ENTRY = 'dist/scripts/start-service.js';

export type DistState = { fresh: true } | { fresh: false; reason: string };

function newest(root: string, relative: string): { file: string; mtimeMs: number } | null {
  const full = path.join(root, relative);
  if (!existsSync(full)) return null;
  const stat = statSync(full);
  if (!stat.isDirectory()) return { file: relative, mtimeMs: stat.mtimeMs };
  let best: { file: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(full)) {
    const found = newest(root, path.join(relative, entry));
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

/**
 * Whether dist/ under `root` can run in place of the TypeScript: built to the end (the stamp is there)
 * and not older than any source it was built from. Otherwise says why, naming the newer file.
 */
export function distState(root: string): DistState {
  if (!existsSync(path.join(root, COMPILED_ENTRY)) || !existsSync(path.join(root, BUILD_STAMP)))
    return { fresh: false, reason: 'there is no complete dist/' };
  const built = statSync(path.join(root, BUILD_STAMP)).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const found = newest(root, input);
    if (found && found.mtimeMs > built) return { fresh: false, reason: `${found.file} is newer than dist/` };
  }
  return { fresh: true };
}
