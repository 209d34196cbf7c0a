import type { EntityManager } from '@mikro-orm/knex';
import type { EntityMetadata, EntityProperty } from '@mikro-orm/core';

/**
 * Light reads: plain SQL through MikroORM's own connection (its knex client and pool), for read
 * paths that need no unit of work (reference resolution, loaders of the public catalogue). No fork,
 * no query builder, no identity map, no change tracking: one statement, rows mapped to the entity's
 * properties with MikroORM's own type conversions (booleans, dates, JSON), as `em.find` would give
 * them, but as detached objects (`instanceof` the entity class, never managed: do not persist them).
 *
 * SQL uses `?` placeholders (on PostgreSQL knex numbers them). On SQLite each pooled connection
 * keeps its prepared statements (a bounded cache per connection: the libsql dialect of MikroORM
 * prepares every statement anew); on PostgreSQL the statement goes through knex's `raw`. Statements
 * reach MikroORM's query logger like any other (so `onQuery` and debug logs see them), and driver
 * errors are converted by MikroORM's exception converter, as the ORM's own queries are.
 */

type Row = Record<string, unknown>;
type Class<T> = abstract new (...args: never[]) => T;

/** Prepared statements kept per SQLite connection; beyond this the oldest is dropped. */
const STATEMENTS_PER_CONNECTION = 200;

interface SqliteStatement {
  all(params: unknown[]): Row[];
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

const statements = new WeakMap<object, Map<string, SqliteStatement>>();

function prepared(connection: SqliteConnection, sql: string): SqliteStatement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (cache.size >= STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement;
}

/** SQLite's values as libsql binds them: booleans as 0/1, dates as MikroORM stores them (epoch ms). */
const sqliteValue = (value: unknown) => (typeof value === 'boolean' ? Number(value) : value instanceof Date ? value.getTime() : value);

/** Rows of one SELECT, with column names as the database gives them (`T` names the row's shape; nothing checks it). */
export async function selectRows<T extends object = Row>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const knex = em.getKnex();
  const logger = em.config.getLogger();
  const started = logger.isEnabled('query') ? Date.now() : 0;
  let rows: Row[];
  try {
    if ((knex.client as { driverName?: string }).driverName !== 'libsql') {
      rows = ((await knex.raw(sql, params as readonly string[])) as { rows: Row[] }).rows;
    } else {
      const client = knex.client as unknown as KnexClient;
      const connection = (await client.acquireConnection()) as SqliteConnection;
      try {
        rows = prepared(connection, sql).all(params.map(sqliteValue));
      } finally {
        await client.releaseConnection(connection);
      }
    }
  } catch (error) {
    throw em
      .getPlatform()
      .getExceptionConverter()
      .convertException(error as Error);
  }
  if (started) logger.logQuery({ query: sql, took: Date.now() - started, results: rows.length, level: 'info' });
  return rows as T[];
}

/** Maps a row of an entity's table (columns as named in the database) to the entity's properties. */
type Mapper<T> = (row: Row) => T;
const mappers = new WeakMap<EntityMetadata, Mapper<unknown>>();

function mapperFor<T>(em: EntityManager, entity: Class<T>): Mapper<T> {
  const meta = em.getMetadata().get(entity.name) as EntityMetadata;
  let mapper = mappers.get(meta) as Mapper<T> | undefined;
  if (mapper) return mapper;
  const platform = em.getPlatform();
  const comparator = em.getComparator();
  // MikroORM's compiled result mapper renames columns and converts booleans and dates; custom types
  // (JSON, date-only) are converted as the hydrator converts them.
  const custom = meta.props.filter((prop): prop is EntityProperty & Required<Pick<EntityProperty, 'customType'>> => !!prop.customType);
  const prototype = meta.class.prototype as object;
  mapper = (row) => {
    const mapped = comparator.mapResult(meta.className, row) as Row;
    for (const prop of custom) {
      const value = mapped[prop.name];
      if (value != null) mapped[prop.name] = prop.customType.convertToJSValue(value, platform);
    }
    // The row's own data properties under the entity's prototype. Not Object.assign onto
    // Object.create(prototype): once MikroORM has built one entity of the class it puts setters on
    // the prototype (change tracking), and assigning through them gave every row a wrapped-entity
    // helper and one defineProperty per column, about a third of an `_entities` fetch's CPU.
    return Object.setPrototypeOf(mapped, prototype) as T;
  };
  mappers.set(meta, mapper as Mapper<unknown>);
  return mapper;
}

/** Rows of `entity`'s table (`select * from …`), as detached objects of the entity with its property names and types. */
export async function selectEntities<T>(em: EntityManager, entity: Class<T>, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const rows = await selectRows(em, sql, params);
  const map = mapperFor(em, entity);
  return rows.map(map);
}

/** `?, ?, ?` for a list of `n` values (an IN list). */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Light reads bound to one EntityManager (a subgraph's root one: they use its connection, never its identity map). */
export interface LightReads {
  /** Rows of one SELECT, column names as the database gives them. */
  rows(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Rows of `entity`'s table (`select * from …`) as detached objects of the entity. */
  entities<T>(entity: Class<T>, sql: string, params?: readonly unknown[]): Promise<T[]>;
}

const bound = new WeakMap<EntityManager, LightReads>();

/** The light reads of `em`, made once per EntityManager. */
export function lightReads(em: EntityManager): LightReads {
  let reads = bound.get(em);
  if (!reads) {
    reads = {
      rows: (sql, params) => selectRows(em, sql, params),
      entities: (entity, sql, params) => selectEntities(em, entity, sql, params),
    };
    bound.set(em, reads);
  }
  return reads;
}
