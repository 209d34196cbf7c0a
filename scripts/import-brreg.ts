import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../subgraphs/common/auth.js';
import { systemClock } from '../subgraphs/common/clock.js';
import { databaseConfig } from '../subgraphs/common/config.js';
import { openDatabase } from '../subgraphs/common/db.js';
import { organisationsSettings } from '../subgraphs/organisations/config.js';
import { SyncOutcomeKind } from '../subgraphs/organisations/enums.js';
import { entities } from '../subgraphs/organisations/index.js';
import { migrations } from '../subgraphs/organisations/migrations/index.js';
import { enhetToRecord, parentsFirst, readEnheter, type Enhet } from '../subgraphs/organisations/sync/brreg.input.js';
import { syncOrganisations } from '../subgraphs/organisations/sync/sync.service.js';
import type { SyncRecordOutcome } from '../subgraphs/organisations/sync/sync.types.js';

/**
 * `npm run import:brreg -- <file.json> [--dry-run]`: loads Enhetsregisteret units
 * (the /enhetsregisteret/api/enheter JSON) into the organisations database through
 * the registry sync (source "brreg"), opened with the service's own configuration
 * (DATA_DIR or DATABASE_URL, DB_SCHEMA_PREFIX, SYNC_BATCH_LIMIT).
 */
interface ImportProgress {
  batch: number;
  batches: number;
  done: number;
  total: number;
}

interface ImportSummary {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** The rejected records, with their organisasjonsnummer and field errors. */
  rejections: SyncRecordOutcome[];
}

const IMPORTER: Caller = { role: 'admin', subject: 'import-brreg' };

/** Runs Enhetsregisteret units through the registry sync (source "brreg"), batch by batch, parents first. */
async function importEnheter(
  em: EntityManager,
  enheter: Enhet[],
  options: { dryRun: boolean; batchSize: number; onProgress: (progress: ImportProgress, summary: ImportSummary) => void },
): Promise<ImportSummary> {
  const records = parentsFirst(enheter).map(enhetToRecord);
  const size = options.batchSize;
  const batches = Math.ceil(records.length / size);
  const summary: ImportSummary = { total: records.length, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  for (let b = 0; b < batches; b++) {
    const batch = records.slice(b * size, (b + 1) * size);
    const result = await syncOrganisations(em.fork(), IMPORTER, 'brreg', batch, {
      dryRun: options.dryRun,
      limit: size,
      clock: systemClock,
    });
    summary.created += result.created;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.rejected += result.rejected;
    summary.rejections.push(
      ...result.outcomes.filter((o) => o.outcome === SyncOutcomeKind.REJECTED).map((o) => ({ ...o, index: o.index + b * size })),
    );
    options.onProgress({ batch: b + 1, batches, done: Math.min((b + 1) * size, records.length), total: records.length }, summary);
  }
  return summary;
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run import:brreg -- <enheter.json> [--dry-run]');
  process.exit(2);
}

const { syncBatchLimit } = organisationsSettings(process.env);
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
  if (dryRun && enheter.length > syncBatchLimit) {
    console.log(
      'note: in a dry run a batch cannot see units an earlier batch would create, so sub-units may show as rejected for a missing parent',
    );
  }
  const summary = await importEnheter(orm.em.fork(), enheter, {
    dryRun,
    batchSize: syncBatchLimit,
    onProgress: (p, s) =>
      console.log(
        `batch ${p.batch}/${p.batches}: ${p.done}/${p.total} records (created ${s.created}, updated ${s.updated}, unchanged ${s.unchanged}, rejected ${s.rejected})`,
      ),
  });
  for (const r of summary.rejections.slice(0, 20))
    console.log(
      `  rejected ${r.externalId}: ${r.errors.map((e) => `${e.field.replace(/^records\[\d+\]\./, '')} ${e.message}`).join('; ')}`,
    );
  if (summary.rejections.length > 20) console.log(`  … and ${summary.rejections.length - 20} more rejected`);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `summary: ${summary.total} units: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} rejected in ${seconds.toFixed(1)} s${dryRun ? ' (dry run)' : ''}`,
  );
} finally {
  await orm.close(true);
}
