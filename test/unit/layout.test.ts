import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/common/config.js';

/*
 * The shape every subgraph keeps (subgraphs/README.md). Each subgraph is checked on
 * its own, so a failure names the subgraph, the file and the rule it breaks.
 */
const ROOT = path.resolve('subgraphs');

const REQUIRED_FILES = ['index.ts', 'README.md', 'config.ts', 'enums.ts', 'reference.ts', 'loaders.ts', 'access.ts'];
const OPTIONAL_FILES = ['stubs.ts'];
const REQUIRED_FOLDERS = ['entities', 'resolvers', 'services', 'migrations', 'seed'];
const OPTIONAL_FOLDERS = ['inputs', 'rules', 'clients', 'http'];
/** Pipeline folders, with their stages in the order data flows through them. */
const PIPELINES: Record<SubgraphName, Record<string, string[]>> = {
  organisations: { sync: ['types', 'input', 'validate', 'load', 'plan', 'apply', 'service'] },
  agreements: {},
  volunteers: { stats: ['types', 'query', 'build', 'linked', 'service'] },
  indicators: { live: ['types', 'read', 'compute', 'run'] },
};
/** What a file in each folder is called. */
const NAMING: Record<string, RegExp> = {
  entities: /^[a-z0-9-]+\.entity\.ts$/,
  inputs: /^[a-z0-9-]+\.(input|args)\.ts$/,
  resolvers: /^[a-z0-9-]+\.resolver\.ts$/,
  services: /^[a-z0-9-]+\.service\.ts$/,
  rules: /^[a-z0-9-]+\.ts$/,
  clients: /^[a-z0-9-]+\.client\.ts$/,
  http: /^[a-z0-9-]+\.(routes|params)\.ts$/,
  migrations: /^(index|Migration\d{14}[A-Za-z0-9]+)\.ts$/,
  // Seed data files (a CSV from a statistics office) sit beside the code that loads them.
  seed: /^[a-z0-9-]+\.(ts|csv)$/,
};
/** Folders a file of each folder must not import at run time (type-only imports are fine). */
const FORBIDDEN_IMPORTS: Record<string, string[]> = {
  entities: ['services', 'resolvers', 'clients', 'http', 'access.ts', 'loaders.ts', 'seed', 'migrations'],
  inputs: ['services', 'resolvers', 'clients', 'http', 'seed', 'migrations'],
  rules: ['entities', 'services', 'resolvers', 'clients', 'http', 'loaders.ts', 'seed', 'migrations', '@mikro-orm', 'express'],
  services: ['resolvers', 'http', 'seed', 'migrations'],
  clients: ['entities', 'services', 'resolvers', 'http', 'seed', 'migrations'],
  resolvers: ['http', 'seed', 'migrations'],
  http: ['resolvers', 'seed', 'migrations'],
};
/** Longest file, in lines (STYLE.md: split by responsibility long before 300); seed data and migrations may be longer. */
const MAX_LINES = 250;

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
const isDir = (p: string) => statSync(p).isDirectory();

function filesUnder(dir: string): string[] {
  return entries(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return isDir(full) ? filesUnder(full) : [full];
  });
}

/** Run-time imports of a file, resolved to paths relative to the subgraph (or the package name). */
function runtimeImports(file: string, subgraphDir: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    if (match[2]) continue;
    const target = match[3];
    if (!target.startsWith('.')) found.push(target);
    else found.push(path.relative(subgraphDir, path.resolve(path.dirname(file), target)));
  }
  for (const match of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(match[1]);
  return found;
}

const touches = (imported: string, forbidden: string) =>
  forbidden.startsWith('@') || forbidden === 'express'
    ? imported === forbidden || imported.startsWith(`${forbidden}/`)
    : forbidden.endsWith('.ts')
      ? imported.replace(/\.js$/, '.ts') === forbidden
      : imported === forbidden || imported.startsWith(`${forbidden}/`);

describe.each(SUBGRAPH_NAMES)('the %s subgraph keeps the shape', (name) => {
  const dir = path.join(ROOT, name);
  const pipelines = PIPELINES[name];

  it('has the required files and folders and nothing else at its top level', () => {
    const top = entries(dir);
    for (const file of REQUIRED_FILES) expect(top, `${name}/${file} is missing`).toContain(file);
    for (const folder of REQUIRED_FOLDERS) expect(top, `${name}/${folder}/ is missing`).toContain(folder);
    const allowed = new Set([...REQUIRED_FILES, ...OPTIONAL_FILES, ...REQUIRED_FOLDERS, ...OPTIONAL_FOLDERS, ...Object.keys(pipelines)]);
    const strays = top.filter((entry) => !allowed.has(entry));
    expect(strays, `${name}/ has entries outside the shape (move them into a role folder)`).toEqual([]);
  });

  it('names every file in a role folder by its role', () => {
    const misnamed = Object.entries(NAMING).flatMap(([folder, pattern]) =>
      filesUnder(path.join(dir, folder))
        .filter((file) => !file.endsWith('README.md'))
        .filter((file) => path.dirname(file) !== path.join(dir, folder) || !pattern.test(path.basename(file)))
        .map((file) => path.relative(ROOT, file)),
    );
    expect(
      misnamed,
      `files whose name or place does not match their folder (${Object.entries(NAMING)
        .map(([f, p]) => `${f}: ${p}`)
        .join('; ')})`,
    ).toEqual([]);
  });

  it('keeps its dependencies pointing one way', () => {
    const breaks: string[] = [];
    for (const [folder, forbidden] of Object.entries(FORBIDDEN_IMPORTS)) {
      for (const file of filesUnder(path.join(dir, folder))) {
        for (const imported of runtimeImports(file, dir)) {
          const hit = forbidden.find((f) => touches(imported, f));
          if (hit) breaks.push(`${path.relative(ROOT, file)} imports ${imported} (${folder}/ must not import ${hit})`);
        }
      }
    }
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.ts'))) {
      const rel = path.relative(dir, file);
      if (rel === 'index.ts' || rel.startsWith('seed/') || rel.startsWith('migrations/')) continue;
      for (const imported of runtimeImports(file, dir)) {
        if (imported.startsWith('seed/') || imported.startsWith('migrations/'))
          breaks.push(`${name}/${rel} imports ${imported} (only index.ts wires seed/ and migrations/)`);
      }
    }
    expect(breaks).toEqual([]);
  });

  it('runs each pipeline one way: a stage imports only the stages before it', () => {
    const breaks: string[] = [];
    for (const [folder, stages] of Object.entries(pipelines)) {
      const stageOf = (file: string) =>
        stages.indexOf(
          path
            .basename(file)
            .replace(/\.(ts|js)$/, '')
            .split('.')
            .pop()!,
        );
      for (const file of filesUnder(path.join(dir, folder))) {
        const own = stageOf(file);
        for (const imported of runtimeImports(file, dir).filter((i) => i.startsWith(`${folder}/`))) {
          const theirs = stageOf(imported);
          if (own >= 0 && theirs >= own)
            breaks.push(
              `${path.relative(ROOT, file)} (stage ${stages[own]}) imports ${imported} (stage ${stages[theirs]}), a later or same stage`,
            );
        }
      }
    }
    expect(breaks).toEqual([]);
  });

  it('exports create<Name> from index.ts and <name>Settings from config.ts', () => {
    const capital = name[0].toUpperCase() + name.slice(1);
    expect(readFileSync(path.join(dir, 'index.ts'), 'utf8')).toMatch(new RegExp(`export function create${capital}\\(`));
    expect(readFileSync(path.join(dir, 'config.ts'), 'utf8')).toMatch(new RegExp(`export function ${name}Settings\\(`));
  });

  it('documents itself in one outline', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
    const outline = ['Owns', 'Rules', 'Who sees what', 'Settings', 'HTTP routes', 'Files'];
    expect(
      headings.filter((h) => outline.includes(h)),
      `${name}/README.md headings`,
    ).toEqual(outline);
  });

  it('keeps its files small', () => {
    const long = filesUnder(dir)
      .filter((file) => file.endsWith('.ts') && !/\/(seed|migrations)\//.test(file))
      .map((file) => [path.relative(ROOT, file), readFileSync(file, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_LINES);
    expect(long, `files over ${MAX_LINES} lines`).toEqual([]);
  });
});
