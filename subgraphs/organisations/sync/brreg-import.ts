import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { syncBatchLimit } from '../config.js';
import { SyncOutcomeKind } from '../enums.js';
import { enhetToRecord, parentsFirst, type Enhet } from './brreg.js';
import { syncOrganisations } from './sync.service.js';
import type { SyncRecordOutcome } from './sync.types.js';

export interface ImportProgress {
  batch: number;
  batches: number;
  done: number;
  total: number;
}

export interface ImportSummary {
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
export async function importEnheter(
  em: EntityManager,
  enheter: Enhet[],
  options: { dryRun?: boolean; batchSize?: number; onProgress?: (progress: ImportProgress, summary: ImportSummary) => void } = {},
): Promise<ImportSummary> {
  const records = parentsFirst(enheter).map(enhetToRecord);
  const size = options.batchSize ?? syncBatchLimit();
  const batches = Math.ceil(records.length / size);
  const summary: ImportSummary = { total: records.length, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  for (let b = 0; b < batches; b++) {
    const batch = records.slice(b * size, (b + 1) * size);
    const result = await syncOrganisations(em.fork(), IMPORTER, 'brreg', batch, { dryRun: options.dryRun, limit: size });
    summary.created += result.created;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.rejected += result.rejected;
    summary.rejections.push(...result.outcomes.filter((o) => o.outcome === SyncOutcomeKind.REJECTED).map((o) => ({ ...o, index: o.index + b * size })));
    options.onProgress?.({ batch: b + 1, batches, done: Math.min((b + 1) * size, records.length), total: records.length }, summary);
  }
  return summary;
}
