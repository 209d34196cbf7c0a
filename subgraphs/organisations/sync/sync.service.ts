import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import { syncBatchLimit } from '../config.js';
import { ChangeKind, OrganisationStatus, SyncOutcomeKind } from '../enums.js';
import { SyncLink } from '../entities/sync-link.entity.js';
import { newOrganisation, patchOrganisation, replaceServed } from '../organisation.store.js';
import { recordChange, withWriteLock } from '../write-lock.js';
import { loadState } from './sync.load.js';
import { planSync, type PlannedRecord } from './sync.plan.js';
import { sourceOwner } from './sync.source.js';
import type { SyncRecord, SyncResult } from './sync.types.js';

/** Read once at start, so a bad SYNC_BATCH_LIMIT stops the service (common/config.ts style). */
const BATCH_LIMIT = syncBatchLimit();
/** Attempts when a concurrent writer outside the write lock wins a unique key first. */
const ATTEMPTS = 3;

export interface SyncOptions {
  dryRun?: boolean;
  /** Largest batch accepted (default SYNC_BATCH_LIMIT). */
  limit?: number;
}

/** Writes the planned creations and updates; inside `withWriteLock`, with entities managed by `tx`. */
async function apply(tx: EntityManager, source: string, plans: PlannedRecord[]) {
  const writes = plans.filter((p) => p.outcome === SyncOutcomeKind.CREATED || p.outcome === SyncOutcomeKind.UPDATED);
  const statusBefore = new Map(writes.map((p) => [p, p.target?.status]));
  // In batch order, so a parent created earlier in the batch is inserted before its chapters.
  const entities = writes.map((p) => {
    if (!p.target) return newOrganisation(tx, p.patch, p.organisationId!);
    patchOrganisation(p.target, p.patch);
    return p.target;
  });
  await tx.flush();
  writes.forEach((p, i) => {
    const before = statusBefore.get(p);
    const deactivated = before === OrganisationStatus.ACTIVE && entities[i].status !== OrganisationStatus.ACTIVE;
    const kind = !p.target ? ChangeKind.CREATED : deactivated ? ChangeKind.DEACTIVATED : ChangeKind.UPDATED;
    recordChange(tx, entities[i], kind, p.changedFields, source);
  });
  for (const [i, p] of writes.entries()) {
    if (p.changedFields.includes('municipalityCodes')) await replaceServed(tx, entities[i].id, p.patch.municipalityCodes ?? [], !!p.target);
  }
  for (const p of plans) {
    if (p.newLink && p.outcome !== SyncOutcomeKind.REJECTED) tx.create(SyncLink, { source, externalId: p.externalId, organisationId: p.organisationId! });
  }
  await tx.flush();
}

function result(source: string, dryRun: boolean, plans: PlannedRecord[]): SyncResult {
  const count = (outcome: SyncOutcomeKind) => plans.filter((p) => p.outcome === outcome).length;
  return {
    source,
    dryRun,
    created: count(SyncOutcomeKind.CREATED),
    updated: count(SyncOutcomeKind.UPDATED),
    unchanged: count(SyncOutcomeKind.UNCHANGED),
    rejected: count(SyncOutcomeKind.REJECTED),
    outcomes: plans.map((p) => ({
      index: p.index,
      externalId: p.externalId,
      outcome: p.outcome,
      organisationId: dryRun && p.outcome === SyncOutcomeKind.CREATED ? null : p.organisationId,
      matchedBy: p.matchedBy,
      changedFields: p.changedFields,
      errors: p.errors,
    })),
  };
}

/**
 * Upserts a partner's batch keyed by (source, externalId). Every record is
 * checked before anything is written, so a rejected one is simply left out:
 * it never blocks or half-writes the others. Planning runs under the write
 * lock, so a concurrent sync of the same batch sees this one's rows and finds
 * them UNCHANGED; the unique keys on (source, external_id) and org_number are
 * the backstop, and a violation (a writer that slipped past the lock) re-plans.
 */
export async function syncOrganisations(em: EntityManager, caller: Caller, source: string, records: SyncRecord[], options: SyncOptions = {}): Promise<SyncResult> {
  const limit = options.limit ?? BATCH_LIMIT;
  if (records.length > limit) {
    throw new BadUserInputError('records', `a batch may hold at most ${limit} records, this one has ${records.length}; split it into batches of ${limit} or fewer`, { limit });
  }
  const owner = await sourceOwner(em, caller, source);
  if (options.dryRun) return result(source, true, planSync(records, await loadState(em.fork(), source, records), owner));
  for (let attempt = 1; ; attempt++) {
    try {
      const plans = await withWriteLock(em.fork(), async (tx) => {
        const planned = planSync(records, await loadState(tx, source, records), owner);
        await apply(tx, source, planned);
        return planned;
      });
      return result(source, false, plans);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= ATTEMPTS) throw error;
    }
  }
}
