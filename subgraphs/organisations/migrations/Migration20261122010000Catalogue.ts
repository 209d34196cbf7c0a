import { PortableMigration } from '../../common/migration.js';

/** Services, registry sync, the change feed and its write lock (issue 3). */
export class Migration20261122010000Catalogue extends PortableMigration {
  override up() {
    this.schema((s) =>
      s
        .alterTable('municipality', (t) => {
          t.integer('version').notNullable().defaultTo(1);
        })
        .alterTable('organisation', (t) => {
          t.index(['status']);
          t.index(['address_municipality_code']);
        })
        .createTable('service', (t) => {
          t.string('id', 36).primary();
          t.string('organisation_id', 36).notNullable().references('id').inTable('organisation');
          t.string('name').notNullable();
          t.text('description').nullable();
          t.string('status').notNullable().defaultTo('active');
          t.text('eligibility').nullable();
          t.string('location_description').nullable();
          t.string('email').nullable();
          t.string('phone').nullable();
          t.string('website').nullable();
          t.text('search_text').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
          t.index(['organisation_id']);
        })
        .createTable('service_municipality', (t) => {
          t.string('service_id', 36).notNullable().references('id').inTable('service').onDelete('CASCADE');
          t.string('municipality_code', 4).notNullable().references('code').inTable('municipality');
          t.primary(['service_id', 'municipality_code']);
          t.index(['municipality_code']);
        })
        .createTable('service_term', (t) => {
          t.string('service_id', 36).notNullable().references('id').inTable('service').onDelete('CASCADE');
          t.string('scheme').notNullable();
          t.string('code').notNullable();
          t.primary(['service_id', 'scheme', 'code']);
          t.index(['scheme', 'code']);
        })
        .createTable('sync_source', (t) => {
          t.string('source').primary();
          t.string('owner_organisation_id', 36).nullable().references('id').inTable('organisation');
          t.timestamp('created_at', { useTz: true }).notNullable();
        })
        // The primary key is the uniqueness a concurrent sync relies on: one organisation per (source, externalId).
        .createTable('sync_link', (t) => {
          t.string('source').notNullable();
          t.string('external_id').notNullable();
          t.string('organisation_id', 36).notNullable().references('id').inTable('organisation');
          t.primary(['source', 'external_id']);
          t.index(['organisation_id']);
        })
        .createTable('organisation_change', (t) => {
          t.increments('sequence').primary();
          t.string('organisation_id', 36).notNullable();
          t.string('kind').notNullable();
          t.json('changed_fields').notNullable();
          t.integer('version').notNullable();
          t.string('source').nullable();
          t.timestamp('changed_at', { useTz: true }).notNullable();
        })
        // One row that every organisation writer updates first (write-lock.ts).
        .createTable('organisation_write_lock', (t) => {
          t.integer('id').primary();
          t.timestamp('taken_at', { useTz: true }).nullable();
        }),
    );
    this.addSql(this.getKnex().insert({ id: 1, taken_at: null }).into('organisation_write_lock'));
  }
}
