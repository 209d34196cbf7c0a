import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseConfig } from '../../subgraphs/common/config.js';
import { SCHEMA_LOCK_KEY } from '../../subgraphs/common/db.js';

/**
 * A database of the test's own: a temp directory of SQLite files, or, when
 * DATABASE_URL is set (CI's second run), PostgreSQL schemas under a unique
 * prefix. `drop()` removes it either way.
 */
export function testDatabase(): DatabaseConfig & { drop(): Promise<void> } {
  const url = process.env.DATABASE_URL || undefined;
  const prefix = `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}_`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samspill-test-'));
  return {
    url,
    dataDir,
    schemaPrefix: prefix,
    async drop() {
      rmSync(dataDir, { recursive: true, force: true });
      if (!url) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ nspname: string }>('select nspname from pg_namespace where nspname like $1', [`${prefix}%`]);
        // The lock openDatabase takes around migrations: a migrator listing every schema's tables must not see one half dropped.
        await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK_KEY]);
        for (const { nspname } of rows) await client.query(`drop schema if exists "${nspname}" cascade`);
        await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK_KEY]);
      } finally {
        await client.end();
      }
    },
  };
}
