import { PortableMigration } from '../../common/migration.js';

/**
 * Parties consent: an organisation named on an agreement is PROPOSED until it (or an admin)
 * accepts or declines. The parties already stored came from agreements the sources describe
 * as existing, so they are ACCEPTED (the column default fills them; new rows always set it).
 */
export class Migration20261201000000PartyConsent extends PortableMigration {
  override up() {
    this.schema((s) =>
      s.alterTable('agreement_party', (t) => {
        t.string('status').notNullable().defaultTo('accepted');
        t.timestamp('responded_at', { useTz: true }).nullable();
        t.string('responded_by').nullable();
        t.index(['organisation_id', 'status']);
      }),
    );
  }
}
