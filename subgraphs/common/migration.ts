import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/**
 * A migration written once with knex's schema builder, so the same file
 * produces the right DDL on SQLite and on PostgreSQL.
 */
export abstract class PortableMigration extends Migration {
  protected schema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder) {
    for (const statement of build(this.getKnex().schema).toSQL()) this.addSql(statement.sql);
  }

  protected get isPostgres() {
    return this.getKnex().client.config.client === 'pg' || this.config.get('driver')?.name === 'PostgreSqlDriver';
  }
}
