import type { EntityManager } from '@mikro-orm/knex';
import { BadUserInputError } from '../../common/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionShape } from '../../common/pagination.js';
import type { ChangeKind } from '../enums.js';
import { OrganisationChange } from '../entities/organisation-change.entity.js';
import type { Organisation } from '../entities/organisation.entity.js';
import { changeCursor, sequenceOf } from '../rules/change-cursor.js';

/*
 * The change feed: one row per create, update or deactivation of an organisation,
 * appended in the transaction of the change, read by partners in commit order.
 */

/**
 * Runs `work` in one transaction that first takes the organisation write lock; every
 * organisation writer (mutations, the registry sync, the seed) goes through it, and it is
 * `versionedWrite`'s transaction for organisation updates.
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
    // The database's own time: the column only tells an operator when the lock was last taken.
    await tx.execute('update organisation_write_lock set taken_at = current_timestamp where id = 1');
    return work(tx);
  });
}

/** A feed row for a change, made at `at` (not persisted); the organisation's version must be the one the change produced. */
export function changeRow(
  organisation: Organisation,
  kind: ChangeKind,
  changedFields: string[],
  at: Date,
  source: string | null = null,
): OrganisationChange {
  return Object.assign(new OrganisationChange(), {
    organisationId: organisation.id,
    kind,
    changedFields,
    version: organisation.version,
    source,
    changedAt: at,
  });
}

/** Appends the change to the feed; call inside `withWriteLock`, after the organisation's flush (for its version). */
export function recordChange(
  tx: EntityManager,
  organisation: Organisation,
  kind: ChangeKind,
  changedFields: string[],
  at: Date,
  source: string | null = null,
): void {
  tx.persist(changeRow(organisation, kind, changedFields, at, source));
}

/** A page of the feed after the change `after` names (from the start when null), in commit order. */
export async function readChanges(
  em: EntityManager,
  after: string | null,
  first: number | null,
): Promise<ConnectionShape<OrganisationChange>> {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`);
  const from = after ? sequenceOf(after) : 0;
  const where = { sequence: { $gt: from } };
  const rows = await em.find(OrganisationChange, where, { orderBy: { sequence: 'asc' }, limit });
  const totalCount = await em.count(OrganisationChange, where);
  const edges = rows.map((node) => ({ cursor: changeCursor(node.sequence), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: totalCount > rows.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      // An empty page keeps the caller where it was.
      endCursor: edges.at(-1)?.cursor ?? after ?? null,
    },
  };
}
