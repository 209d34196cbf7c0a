import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import { syncBatchLimit } from '../config.js';
import { ChangeKind, OrganisationStatus, SyncOutcomeKind } from '../enums.js';
import { SyncLink } from '../entities/sync-link.entity.js';
import { OrganisationChange } from '../entities/organisation-change.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { normalisedCodes } from '../organisation-fields.js';
import { insertChunked, newOrganisation, patchOrganisation } from '../organisation.store.js';
import { changeRow, withWriteLock } from '../write-lock.js';
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

/**
 * Writes the planned creations and updates; inside `withWriteLock`, with loaded
 * organisations managed by `tx`. Creations, links, served municipalities and
 * feed rows go in as multi-row INSERTs (the unit of work's per-entity change
 * tracking costs several times the insert itself); updates go through the unit
 * of work for its version check.
 */
async function apply(tx: EntityManager, source: string, plans: PlannedRecord[]) {
  const writes = plans.filter((p) => p.outcome === SyncOutcomeKind.CREATED || p.outcome === SyncOutcomeKind.UPDATED);
  const statusBefore = writes.map((p) => p.target?.status);
  const entities = writes.map((p) => {
    if (!p.target) return Object.assign(newOrganisation(tx, p.patch, p.organisationId!, false), { version: 1 });
    patchOrganisation(p.target, p.patch);
    return p.target;
  });
  // In batch order, so a parent created earlier in the batch is inserted before its chapters.
  await insertChunked(tx, Organisation, entities.filter((_, i) => !writes[i].target));
  await tx.flush();
  const moved = writes.filter((p) => p.target && p.changedFields.includes('municipalityCodes')).map((p) => p.organisationId!);
  if (moved.length) await tx.nativeDelete(OrganisationMunicipality, { organisationId: { $in: moved } });
  const served = writes.flatMap((p, i) =>
    !p.target || p.changedFields.includes('municipalityCodes')
      ? normalisedCodes(p.patch.municipalityCodes).map((code) => Object.assign(new OrganisationMunicipality(), { organisationId: entities[i].id, municipalityCode: code }))
      : [],
  );
  await insertChunked(tx, OrganisationMunicipality, served);
  const changes = writes.map((p, i) => {
    const deactivated = statusBefore[i] === OrganisationStatus.ACTIVE && entities[i].status !== OrganisationStatus.ACTIVE;
    const kind = !p.target ? ChangeKind.CREATED : deactivated ? ChangeKind.DEACTIVATED : ChangeKind.UPDATED;
    return changeRow(entities[i], kind, p.changedFields, source);
  });
  // One statement per chunk keeps the feed's sequence numbers in batch order.
  await insertChunked(tx, OrganisationChange, changes);
  const links = plans
    .filter((p) => p.newLink && p.outcome !== SyncOutcomeKind.REJECTED)
    .map((p) => Object.assign(new SyncLink(), { source, externalId: p.externalId, organisationId: p.organisationId! }));
  await insertChunked(tx, SyncLink, links);
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
