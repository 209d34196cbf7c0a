import type { EntityManager } from '@mikro-orm/knex';
import { ChangeKind } from './enums.js';
import { OrganisationChange } from './entities/organisation-change.entity.js';
import type { Organisation } from './entities/organisation.entity.js';

/**
 * Runs `work` in one transaction that first takes the organisation write lock.
 *
 * Why: the change feed promises commit order. A sequence number is handed out
 * when a row is inserted, not when its transaction commits, so on PostgreSQL
 * two concurrent writers can commit out of sequence order (7 commits before 6),
 * and a reader that has seen 7 would skip 6 for ever. Updating one lock row
 * first serialises every organisation writer from before it takes a sequence
 * number until it commits, so sequences become visible in order. SQLite already
 * has a single writer; the same update takes its write lock at the start of the
 * transaction instead of at the first data write (no deadlock on lock upgrade).
 * The cost is that organisation writes do not run in parallel, which a partner
 * catalogue with occasional syncs can afford; reads never wait.
 */
export async function withWriteLock<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await tx.execute('update organisation_write_lock set taken_at = ? where id = 1', [new Date().toISOString()]);
    return work(tx);
  });
}

/** A feed row for a change (not persisted); the organisation's version must be the one the change produced. */
export function changeRow(organisation: Organisation, kind: ChangeKind, changedFields: string[], source: string | null = null): OrganisationChange {
  return Object.assign(new OrganisationChange(), { organisationId: organisation.id, kind, changedFields, version: organisation.version, source, changedAt: new Date() });
}

/** Appends the change to the feed; call inside `withWriteLock`, after the organisation's flush (for its version). */
export function recordChange(tx: EntityManager, organisation: Organisation, kind: ChangeKind, changedFields: string[], source: string | null = null) {
  const row = changeRow(organisation, kind, changedFields, source);
  tx.persist(row);
  return row;
}
