import { PortableMigration } from '../../common/migration.js';

export class Migration20261122000000Initial extends PortableMigration {
  override up() {
    this.schema((s) =>
      s
        .createTable('volunteer', (t) => {
          t.string('id', 36).primary();
          t.string('name').nullable();
          t.string('email').nullable();
          t.string('phone').nullable();
          t.integer('birth_year').nullable();
          t.string('municipality_code', 4).nullable();
          t.json('languages').notNullable();
          t.json('skills').notNullable();
          t.timestamp('erased_at', { useTz: true }).nullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
        })
        .createTable('hours_entry', (t) => {
          t.string('id', 36).primary();
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('organisation_id', 36).notNullable();
          t.string('municipality_code', 4).notNullable();
          t.date('date').notNullable();
          t.double('hours').notNullable();
          t.string('activity').notNullable();
          t.boolean('approved').notNullable().defaultTo(false);
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.index(['municipality_code', 'date']);
          t.index(['organisation_id', 'date']);
          t.index(['volunteer_id']);
        }),
    );
  }
}
