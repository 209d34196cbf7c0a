import { PortableMigration } from '../../common/migration.js';

export class Migration20261122000000Initial extends PortableMigration {
  override up() {
    this.schema((s) =>
      s
        .createTable('county', (t) => {
          t.string('code', 2).primary();
          t.string('name').notNullable();
        })
        .createTable('municipality', (t) => {
          t.string('code', 4).primary();
          t.string('name').notNullable();
          t.string('sami_name').nullable();
          t.string('county_code', 2).notNullable().references('code').inTable('county');
          t.boolean('has_volunteer_policy').notNullable().defaultTo(false);
          t.date('volunteer_policy_adopted_on').nullable();
          t.string('volunteer_policy_url').nullable();
          t.string('volunteer_policy_note').nullable();
          t.json('research_projects').notNullable();
          t.string('coordinator_name').nullable();
          t.string('coordinator_email').nullable();
          t.string('coordinator_phone').nullable();
          t.index(['county_code']);
        })
        .createTable('organisation', (t) => {
          t.string('id', 36).primary();
          t.string('org_number', 9).nullable().unique();
          t.string('name').notNullable();
          t.text('description').nullable();
          t.string('kind').notNullable();
          t.string('grouping').nullable();
          t.json('icnpo_categories').notNullable();
          t.string('parent_id', 36).nullable().references('id').inTable('organisation');
          t.string('email').nullable();
          t.string('phone').nullable();
          t.string('website').nullable();
          t.string('address_street').nullable();
          t.string('address_postal_code').nullable();
          t.string('address_postal_place').nullable();
          t.string('address_municipality_code', 4).nullable().references('code').inTable('municipality');
          t.boolean('registered_in_frivillighetsregisteret').notNullable().defaultTo(false);
          t.string('status').notNullable().defaultTo('active');
          t.text('search_text').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
          t.index(['parent_id']);
          t.index(['kind']);
        })
        .createTable('organisation_municipality', (t) => {
          t.string('organisation_id', 36).notNullable().references('id').inTable('organisation').onDelete('CASCADE');
          t.string('municipality_code', 4).notNullable().references('code').inTable('municipality');
          t.primary(['organisation_id', 'municipality_code']);
          t.index(['municipality_code']);
        }),
    );
  }
}
