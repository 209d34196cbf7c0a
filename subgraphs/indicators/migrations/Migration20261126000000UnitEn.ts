import { PortableMigration } from '../../common/migration.js';

/** Units in English, for `lang=en` in the exports and the catalogue; the units in use so far are filled in. */
export class Migration20261126000000UnitEn extends PortableMigration {
  override up() {
    this.schema((s) => s.alterTable('indicator', (t) => t.string('unit_en').notNullable().defaultTo('')));
    const units: [string, string][] = [
      ['antall', 'count'],
      ['årsverk', 'full-time equivalents'],
      ['prosent', 'percent'],
      ['timer', 'hours'],
      ['NOK', 'NOK'],
      ['ja/nei (1/0)', 'yes/no (1/0)'],
    ];
    for (const [nb, en] of units) {
      this.addSql(this.getKnex()('indicator').update({ unit_en: en }).where({ unit: nb }));
    }
  }
}
