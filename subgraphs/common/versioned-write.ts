import { LockMode, OptimisticLockError, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { ConflictError, NotFoundError } from './errors.js';

/** A record edited by people who may edit it at the same time: it carries a MikroORM version column. */
interface Versioned {
  version: number;
}

/** Opens the write's transaction; the default is a fresh fork's `transactional`. */
type Transaction = <R>(em: EntityManager, work: (tx: EntityManager) => Promise<R>) => Promise<R>;

interface VersionedWriteSpec<T extends Versioned> {
  entity: EntityClass<T>;
  /** How messages name the record type ("Agreement"). */
  label: string;
  /** Its primary key. */
  id: string;
  /** The version the caller read and sends back. */
  version: number;
  /** How to open the transaction (organisations takes its write lock first); default `em.fork().transactional`. */
  transaction?: Transaction;
}

const defaultTransaction: Transaction = (em, work) => em.fork().transactional(work);

/** CONFLICT when the version a caller sent is not the record's version now. */
export function assertVersion(label: string, id: string, sent: number, current: number): void {
  if (sent !== current) throw new ConflictError(label, id, sent, current);
}

/**
 * The one way to change a versioned record: in one transaction, load it (NOT_FOUND when
 * gone), check the version the caller sent (CONFLICT when stale), let `apply` change it and
 * write its audit or feed rows in the same transaction, then flush. A writer that loses a
 * race after the check is caught by the version column at flush and also gets CONFLICT,
 * naming the version that won, never an internal error.
 */
export async function versionedWrite<T extends Versioned>(
  em: EntityManager,
  spec: VersionedWriteSpec<T>,
  apply: (row: T, tx: EntityManager) => void | Promise<void>,
): Promise<T> {
  const transaction = spec.transaction ?? defaultTransaction;
  try {
    return await transaction(em, async (tx) => {
      const row = await tx.findOne(spec.entity, spec.id as FilterQuery<T>, { refresh: true });
      if (!row) throw new NotFoundError(spec.label, spec.id);
      assertVersion(spec.label, spec.id, spec.version, row.version);
      await apply(row, tx);
      await tx.flush();
      return row;
    });
  } catch (error) {
    if (!(error instanceof OptimisticLockError)) throw error;
    const now = await em.fork().findOne(spec.entity, spec.id as FilterQuery<T>);
    throw new ConflictError(spec.label, spec.id, spec.version, now?.version ?? spec.version);
  }
}

/**
 * Reads a row inside a transaction and keeps others from writing past it until the
 * transaction ends: `SELECT … FOR UPDATE` on PostgreSQL, where concurrent transactions
 * interleave. SQLite runs one write transaction at a time on its one connection, so the read
 * alone is enough there. A rule that spans rows (hours per volunteer and day, places of an
 * opportunity, one open consent per purpose) locks the row it hangs on, then checks and writes.
 */
export async function lockRow<T extends object>(tx: EntityManager, entity: EntityClass<T>, where: FilterQuery<T>): Promise<T | null> {
  if (!tx.isInTransaction()) throw new Error('lockRow needs a transaction');
  // SQLite has no row locks (a write transaction holds the whole file); PostgreSQL locks the row.
  const postgres = tx.getDriver().constructor.name === 'PostgreSqlDriver';
  return tx.findOne(entity, where, { refresh: true, ...(postgres ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
}
