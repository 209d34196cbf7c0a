import { readFile } from 'node:fs/promises';
import { databaseConfig } from '../subgraphs/common/config.js';
import { openDatabase } from '../subgraphs/common/db.js';
import { syncBatchLimit } from '../subgraphs/organisations/config.js';
import { entities } from '../subgraphs/organisations/index.js';
import { migrations } from '../subgraphs/organisations/migrations/index.js';
import { readEnheter } from '../subgraphs/organisations/sync/brreg.js';
import { importEnheter } from '../subgraphs/organisations/sync/brreg-import.js';

/**
 * `npm run import:brreg -- <file.json> [--dry-run]`: loads Enhetsregisteret units
 * (the /enhetsregisteret/api/enheter JSON) into the organisations database through
 * the registry sync (source "brreg"), opened with the service's own configuration
 * (DATA_DIR or DATABASE_URL, DB_SCHEMA_PREFIX, SYNC_BATCH_LIMIT).
 */
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run import:brreg -- <enheter.json> [--dry-run]');
  process.exit(2);
}

let enheter;
try {
  enheter = readEnheter(JSON.parse(await readFile(file, 'utf8')));
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}

const started = performance.now();
const orm = await openDatabase({ name: 'organisations', entities: [...entities], migrations, config: databaseConfig() });
try {
  console.log(`importing ${enheter.length} units from ${file}${dryRun ? ' (dry run: nothing is written)' : ''}`);
  if (dryRun && enheter.length > syncBatchLimit()) {
    console.log('note: in a dry run a batch cannot see units an earlier batch would create, so sub-units may show as rejected for a missing parent');
  }
  const summary = await importEnheter(orm.em.fork(), enheter, {
    dryRun,
    onProgress: (p, s) =>
      console.log(`batch ${p.batch}/${p.batches}: ${p.done}/${p.total} records (created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected})`),
  });
  for (const r of summary.rejections.slice(0, 20)) console.log(`  rejected ${r.externalId}: ${r.errors.map((e) => `${e.field.replace(/^records\[\d+\]\./, '')} ${e.message}`).join('; ')}`);
  if (summary.rejections.length > 20) console.log(`  … and ${summary.rejections.length - 20} more rejected`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `summary: ${summary.total} units: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected in ${seconds.toFixed(1)} s${dryRun ? ' (dry run)' : ''}`,
  );
} finally {
  await orm.close(true);
}
