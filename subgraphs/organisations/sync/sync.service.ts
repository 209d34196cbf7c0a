import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import type { Clock } from '../../common/clock.js';
import { BadUserInputError } from '../../common/errors.js';
import { check } from '../../common/validators.js';
import { requireSync, syncOwner } from '../access.js';
import { SyncOutcomeKind } from '../enums.js';
import { withWriteLock } from '../services/change-feed.service.js';
import { applySync } from './sync.apply.js';
import { loadSource, loadState } from './sync.load.js';
import { planSync, type PlannedRecord } from './sync.plan.js';
import type { SyncRecord, SyncResult } from './sync.types.js';
import { sourceNameProblem } from './sync.validate.js';

/** Attempts when a concurrent writer outside the write lock wins a unique key first. */
const ATTEMPTS = 3;

interface SyncOptions {
  /** The largest batch accepted (the SYNC_BATCH_LIMIT setting). */
  limit: number;
  /** Where the time of the changes comes from. */
  clock: Clock;
  /** Plan and report, write nothing. */
  dryRun?: boolean;
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
 * Upserts a partner's batch keyed by (source, externalId): validate → load → plan →
 * apply. Every record is checked before anything is written, so a rejected one is
 * simply left out: it never blocks or half-writes the others. Loading and planning run
 * under the write lock, so a concurrent sync of the same batch sees this one's rows and
 * finds them UNCHANGED; the unique keys on (source, external_id) and org_number are
 * the backstop, and a violation (a writer that slipped past the lock) re-plans.
 */
export async function syncOrganisations(
  em: EntityManager,
  caller: Caller,
  source: string,
  records: SyncRecord[],
  options: SyncOptions,
): Promise<SyncResult> {
  const { limit, clock } = options;
  if (records.length > limit) {
    throw new BadUserInputError(
      'records',
      `a batch may hold at most ${limit} records, this one has ${records.length}; split it into batches of ${limit} or fewer`,
      { limit },
    );
  }
  requireSync(caller);
  check('source', sourceNameProblem(source));
  const owner = syncOwner(caller, source, caller.role === 'admin' ? null : await loadSource(em, source));
  if (options.dryRun) return result(source, true, planSync(records, await loadState(em.fork(), source, records), owner));
  for (let attempt = 1; ; attempt++) {
    try {
      const plans = await withWriteLock(em.fork(), async (tx) => {
        const planned = planSync(records, await loadState(tx, source, records), owner);
        await applySync(tx, source, planned, clock);
        return planned;
      });
      return result(source, false, plans);
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException) || attempt >= ATTEMPTS) throw error;
    }
  }
}
