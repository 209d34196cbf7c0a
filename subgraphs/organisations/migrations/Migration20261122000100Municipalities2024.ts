import { PortableMigration } from '../../common/migration.js';
import { COUNTIES, MUNICIPALITIES } from '../../common/municipalities.js';

/** Reference data: the 2024 division (SSB Klass 131), 15 counties and 357 municipalities. */
export class Migration20261122000100Municipalities2024 extends PortableMigration {
  override up() {
    const knex = this.getKnex();
    this.addSql(knex.insert(COUNTIES.map((c) => ({ code: c.code, name: c.name }))).into('county'));
    this.addSql(
      knex
        .insert(
          MUNICIPALITIES.map((m) => ({
            code: m.code,
            name: m.name,
            sami_name: m.samiName,
            county_code: m.countyCode,
            has_volunteer_policy: false,
            research_projects: '[]',
          })),
        )
        .into('municipality'),
    );
  }
}
