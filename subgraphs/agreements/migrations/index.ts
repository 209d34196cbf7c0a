import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';
import { Migration20261122010000Details } from './Migration20261122010000Details.js';
import { Migration20261201000000PartyConsent } from './Migration20261201000000PartyConsent.js';

/** Applied in this order at start; never edit one that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261122010000Details', class: Migration20261122010000Details },
  { name: 'Migration20261201000000PartyConsent', class: Migration20261201000000PartyConsent },
];
