import type { Knex } from '@mikro-orm/knex';
import { PortableMigration } from '../../common/migration.js';

/** Commitments, volunteer requirements, funding per year, contacts, documents, the audit trail, renewals and tenders. */
export class Migration20261122010000Details extends PortableMigration {
  override up() {
    // Rows that belong to one agreement go with it.
    const child = (t: Knex.CreateTableBuilder) =>
      t.string('agreement_id', 36).notNullable().references('id').inTable('agreement').onDelete('CASCADE');
    this.schema((s) =>
      s
        .alterTable('agreement', (t) => {
          t.date('terminated_on').nullable();
          t.string('procurement_reference').nullable();
          t.string('replaces_id', 36).nullable().unique();
          t.index(['end_date']);
        })
        .createTable('agreement_commitment', (t) => {
          t.string('id', 36).primary();
          child(t);
          t.string('side').notNullable();
          t.string('kind').notNullable();
          t.text('description').nullable();
          t.integer('annual_amount_nok').nullable();
          t.integer('quantity').nullable();
          t.string('unit').nullable();
          t.index(['agreement_id']);
        })
        .createTable('agreement_requirement', (t) => {
          child(t);
          t.string('kind').notNullable();
          t.text('description').nullable();
          t.primary(['agreement_id', 'kind']);
        })
        .createTable('agreement_funding', (t) => {
          child(t);
          t.integer('year').notNullable();
          t.integer('awarded_nok').nullable();
          t.integer('disbursed_nok').nullable();
          t.date('award_date').nullable();
          t.primary(['agreement_id', 'year']);
          t.index(['year']);
        })
        .createTable('agreement_contact', (t) => {
          t.string('id', 36).primary();
          child(t);
          t.string('side').notNullable();
          t.string('organisation_id', 36).nullable();
          t.string('name').notNullable();
          t.string('role').nullable();
          t.string('email').nullable();
          t.string('phone').nullable();
          t.index(['agreement_id']);
        })
        .createTable('agreement_document', (t) => {
          t.string('id', 36).primary();
          child(t);
          t.string('title').notNullable();
          t.text('url').notNullable();
          t.index(['agreement_id']);
        })
        .createTable('agreement_audit', (t) => {
          t.string('id', 36).primary();
          child(t);
          t.timestamp('at', { useTz: true }).notNullable();
          t.string('actor').notNullable();
          t.string('actor_role').notNullable();
          t.string('action').notNullable();
          t.json('changes').notNullable();
          t.index(['agreement_id', 'at']);
        }),
    );
  }
}
