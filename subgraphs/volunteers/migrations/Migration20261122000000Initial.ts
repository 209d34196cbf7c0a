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
          t.json('activities').notNullable();
          t.json('availability').notNullable();
          t.timestamp('erased_at', { useTz: true }).nullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
        })
        .createTable('consent', (t) => {
          t.string('id', 36).primary();
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('purpose').notNullable();
          t.timestamp('given_at', { useTz: true }).notNullable();
          t.timestamp('withdrawn_at', { useTz: true }).nullable();
          t.index(['volunteer_id']);
        })
        .createTable('compliance', (t) => {
          t.string('volunteer_id', 36).primary().references('id').inTable('volunteer');
          t.date('police_certificate_verified_on').nullable();
          t.string('police_certificate_verified_by').nullable();
          t.date('police_certificate_valid_until').nullable();
          t.date('confidentiality_signed_on').nullable();
          t.date('confidentiality_valid_until').nullable();
          t.json('courses').notNullable();
        })
        .createTable('engagement', (t) => {
          t.string('id', 36).primary();
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('organisation_id', 36).notNullable();
          t.string('status').notNullable();
          t.date('applied_on').notNullable();
          t.date('start_date').nullable();
          t.date('end_date').nullable();
          t.integer('version').notNullable().defaultTo(1);
          t.unique(['volunteer_id', 'organisation_id']);
          t.index(['organisation_id']);
        })
        .createTable('opportunity', (t) => {
          t.string('id', 36).primary();
          t.string('title').notNullable();
          t.text('description').nullable();
          t.string('organisation_id', 36).nullable();
          t.string('municipality_code', 4).notNullable();
          t.string('agreement_id', 36).notNullable();
          t.string('activity').notNullable();
          t.string('place').notNullable();
          t.integer('places').notNullable();
          t.date('start_date').notNullable();
          t.date('end_date').nullable();
          t.boolean('requires_police_certificate').notNullable();
          t.boolean('requires_confidentiality_declaration').notNullable();
          t.boolean('requires_training').notNullable();
          t.json('required_courses').notNullable();
          t.json('required_skills').notNullable();
          t.json('availability').notNullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.integer('version').notNullable().defaultTo(1);
          t.index(['municipality_code']);
          t.index(['organisation_id']);
        })
        .createTable('assignment', (t) => {
          t.string('id', 36).primary();
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('organisation_id', 36).notNullable();
          t.string('agreement_id', 36).notNullable();
          t.string('municipality_code', 4).notNullable();
          t.string('opportunity_id', 36).nullable().references('id').inTable('opportunity');
          t.string('place').notNullable();
          t.string('activity').notNullable();
          t.date('start_date').notNullable();
          t.date('end_date').nullable();
          t.string('status').notNullable();
          t.boolean('requires_police_certificate').notNullable();
          t.boolean('requires_confidentiality_declaration').notNullable();
          t.boolean('requires_training').notNullable();
          t.json('required_courses').notNullable();
          t.integer('version').notNullable().defaultTo(1);
          t.index(['volunteer_id']);
          t.index(['organisation_id']);
          t.index(['municipality_code']);
          t.index(['agreement_id']);
        })
        .createTable('interest', (t) => {
          t.string('id', 36).primary();
          t.string('opportunity_id', 36).notNullable().references('id').inTable('opportunity');
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('status').notNullable();
          t.string('assignment_id', 36).nullable().references('id').inTable('assignment');
          t.timestamp('created_at', { useTz: true }).notNullable();
          t.unique(['opportunity_id', 'volunteer_id']);
          t.index(['volunteer_id']);
        })
        .createTable('hours_entry', (t) => {
          t.string('id', 36).primary();
          t.string('assignment_id', 36).notNullable().references('id').inTable('assignment');
          t.string('volunteer_id', 36).notNullable().references('id').inTable('volunteer');
          t.string('organisation_id', 36).notNullable();
          t.string('municipality_code', 4).notNullable();
          t.date('date').notNullable();
          t.double('hours').notNullable();
          t.string('activity').notNullable();
          t.string('age_band').notNullable();
          t.boolean('approved').notNullable().defaultTo(false);
          t.timestamp('approved_at', { useTz: true }).nullable();
          t.string('approved_by').nullable();
          t.timestamp('created_at', { useTz: true }).notNullable();
          // One entry per assignment and day: a second one is refused, not added up.
          t.unique(['assignment_id', 'date']);
          // Covering indexes: the statistics read every approved entry of a year, from the index alone.
          t.index(
            ['municipality_code', 'date', 'approved', 'volunteer_id', 'activity', 'age_band', 'hours'],
            'hours_entry_municipality_stats_index',
          );
          t.index(
            ['organisation_id', 'date', 'approved', 'volunteer_id', 'activity', 'age_band', 'hours', 'municipality_code'],
            'hours_entry_organisation_stats_index',
          );
          t.index(['volunteer_id', 'date']);
        }),
    );
  }
}
