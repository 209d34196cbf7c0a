import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { databaseConfig, type DatabaseConfig } from './config.js';
import type { Logger } from './logger.js';
import { sqlShape } from './mask.js';

interface DatabaseOptions {
  /** Subgraph name: the SQLite file name, or the PostgreSQL schema (after the prefix). */
  name: string;
  entities: (abstract new (...args: never[]) => unknown)[];
  migrations: MigrationObject[];
  config?: DatabaseConfig;
  /** Called with every SQL statement (tests count them). */
  onQuery?: (sql: string) => void;
  /** At debug level, every statement is logged here by its shape (placeholders, literals as ?), never its values. */
  logger?: Logger;
}

export type Orm = MikroORM<AbstractSqlDriver>;

/** PostgreSQL schema of a subgraph under a configuration. */
export const schemaName = (config: DatabaseConfig, name: string) => `${config.schemaPrefix}${name}`;

/**
 * Opens the subgraph's own database and applies its migrations:
 * a SQLite file under DATA_DIR by default, or a schema of its own in DATABASE_URL.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Orm> {
  const config = options.config ?? databaseConfig();
  const { onQuery } = options;
  const debugLogger = options.logger?.isLevelEnabled('debug') ? options.logger : undefined;
  // MikroORM logs statements with placeholders (its 'query-params' stays off), so values never reach the log.
  const logQuery = (message: string) => {
    const sql = message.replace(/^\[query\]\s*/, '');
    onQuery?.(sql);
    if (!debugLogger) return;
    const timing = / \[took (\d+) ms[^\]]*\]$/.exec(sql);
    debugLogger.debug(
      { sql: sqlShape(timing ? sql.slice(0, timing.index) : sql), durationMs: timing ? Number(timing[1]) : undefined },
      'query',
    );
  };
  const common = {
    entities: options.entities,
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    migrations: {
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    debug: onQuery || debugLogger ? (['query'] as const) : false,
    logger: onQuery || debugLogger ? logQuery : () => undefined,
    colors: false,
  } satisfies Partial<Options>;

  let orm: Orm;
  if (config.url) {
    const schema = schemaName(config, options.name);
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
    // Each driver is loaded only when used: a subgraph on SQLite never holds PostgreSQL's client, nor the reverse.
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    orm = await MikroORM.init({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: config.url,
      schema,
      pool: {
        min: 0,
        max: 10,
        // Migrations are plain SQL without schema names: they land in the subgraph's schema.
        afterCreate: (
          conn: { query: (sql: string, cb: (err?: Error) => void) => void },
          done: (err: Error | undefined, conn: unknown) => void,
        ) => conn.query(`set search_path to "${schema}"`, (err) => done(err, conn)),
      },
    });
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    const { LibSqlDriver } = await import('@mikro-orm/libsql');
    orm = await MikroORM.init({ ...common, driver: LibSqlDriver, dbName: path.join(config.dataDir, `${options.name}.sqlite`) });
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
    await orm.em.getConnection().execute('pragma foreign_keys = on');
  }
  if (config.url) await withSchemaLock(orm, () => orm.getMigrator().up());
  else await orm.getMigrator().up();
  return orm;
}

/**
 * Key of the PostgreSQL advisory lock taken around migrations and schema drops. MikroORM's
 * migrator lists the tables of every schema in the database (casting each name to regclass),
 * which fails when another process drops a schema at that moment: replicas starting at once,
 * or test files running side by side. Holding one lock for both keeps them apart.
 */
export const SCHEMA_LOCK_KEY = 5_601_824;

/** Runs `work` holding the schema lock on a connection of its own (released afterwards, also on failure). */
async function withSchemaLock<T>(orm: Orm, work: () => Promise<T>): Promise<T> {
  const client = orm.em.getConnection().getKnex().client;
  const connection = await client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
    return await work();
  } finally {
    await connection.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]).catch(() => undefined);
    await client.releaseConnection(connection);
  }
}

/** Drops a subgraph's PostgreSQL schema (tests and benchmarks clean up after themselves). */
export async function dropSchema(orm: Orm, config: DatabaseConfig, name: string) {
  await withSchemaLock(orm, () => orm.em.getConnection().execute(`drop schema if exists "${schemaName(config, name)}" cascade`));
}

/**
 * A query builder used as the right side of `$in` (`{ id: { $in: subquery(qb) } }`).
 * MikroORM accepts a knex query there at run time; its filter types do not say so.
 */
export const subquery = (qb: { getKnexQuery(): unknown }) => qb.getKnexQuery() as unknown as string[];
