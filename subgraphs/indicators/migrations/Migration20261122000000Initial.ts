import { PortableMigration } from '../../common/migration.js';

export class Migration20261122000000Initial extends PortableMigration {
  override up() {
    this.schema((s) =>
      s
        .createTable('indicator', (t) => {
          t.string('code').primary();
          t.string('name_nb').notNullable();
          t.string('name_en').notNullable();
          t.text('description').notNullable();
          t.string('unit').notNullable();
          t.integer('decimals').notNullable().defaultTo(0);
          t.string('topic').notNullable();
          t.text('source_publication').notNullable();
          t.integer('source_year').nullable();
          t.string('source_url').nullable();
          t.text('method').notNullable();
          t.boolean('published').notNullable().defaultTo(true);
          t.boolean('live').notNullable().defaultTo(false);
        })
        .createTable('observation', (t) => {
          t.string('id', 36).primary();
          t.string('indicator_code').notNullable().references('code').inTable('indicator');
          t.string('area_level').notNullable();
          t.string('area_code').notNullable();
          t.string('period').notNullable();
          t.date('period_start').notNullable();
          t.date('period_end').notNullable();
          t.double('value').nullable();
          t.double('low').nullable();
          t.double('high').nullable();
          t.string('status').notNullable();
          t.text('note').nullable();
          t.text('source').nullable();
          t.timestamp('updated_at', { useTz: true }).notNullable();
          t.unique(['indicator_code', 'area_code', 'period']);
          t.index(['area_code']);
          t.index(['period']);
        }),
    );
  }
}
