/**
 * The second half of `npm run build`: tsc has emitted dist/ from the TypeScript; this copies what the
 * services read at run time beside their compiled code (every file under subgraphs/ and gateway/ that is
 * not TypeScript, the committed schema and the research page's sources), so that dist/ runs on its own:
 * `NODE_ENV=production npm run start:service -- <service>` or `node dist/scripts/start-service.js <service>`;
 * `npm start` runs it too while it is not older than the sources.
 */
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from './dist-freshness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
if (!existsSync(path.join(dist, 'scripts/start-service.js')))
  throw new Error('dist/scripts/start-service.js is missing: run tsc -p tsconfig.build.json first');

function copyNonTypeScript(dir: string) {
  for (const entry of readdirSync(path.join(root, dir))) {
    const relative = path.join(dir, entry);
    if (statSync(path.join(root, relative)).isDirectory()) copyNonTypeScript(relative);
    else if (!entry.endsWith('.ts')) cpSync(path.join(root, relative), path.join(dist, relative));
  }
}
copyNonTypeScript('subgraphs');
copyNonTypeScript('gateway');
cpSync(path.join(root, 'schema'), path.join(dist, 'schema'), { recursive: true });
cpSync(path.join(root, 'web'), path.join(dist, 'web'), { recursive: true });
// Last: the stamp whose time `npm start` compares with the sources' (scripts/dist-freshness.ts).
writeFileSync(path.join(root, BUILD_STAMP), `${new Date().toISOString()}\n`);
process.stdout.write(`dist/ is ready: ${dist}\n`);
