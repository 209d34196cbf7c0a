import { PortableMigration } from '../../common/migration.js';

export class Migration20261122000000Initial extends PortableMigration {
  override up() {
    this.schema((s) =>
      s
        .createTable('agreement', (t) => {
          t.string('id', 36).primary();
          t.string('title').notNullable();
          t.text('description').nullable();
          t.string('municipality_code', 4).notNullable();
          t.string('type').notNullable();
          t.boolean('formal').notNullable();
          t.string('initiated_by').nullable();
          t.string('status').notNullable();
          t.date('start_date').nullable();
          t.date('end_date').nullable();
          t.json('activities').notNullable();
          t.json('target_groups').notNullable();
          t.boolean('is_public').notNullable().defaultTo(true);
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
          t.index(['municipality_code']);
          t.index(['status']);
        })
        .createTable('agreement_party', (t) => {
          t.string('agreement_id', 36).notNullable().references('id').inTable('agreement').onDelete('CASCADE');
          t.string('organisation_id', 36).notNullable();
          t.primary(['agreement_id', 'organisation_id']);
          t.index(['organisation_id']);
        }),
    );
  }
}
