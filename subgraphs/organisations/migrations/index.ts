import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';
import { Migration20261122000100Municipalities2024 } from './Migration20261122000100Municipalities2024.js';
import { Migration20261122010000Catalogue } from './Migration20261122010000Catalogue.js';

/** Applied in this order at start; never edit one that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261122000100Municipalities2024', class: Migration20261122000100Municipalities2024 },
  { name: 'Migration20261122010000Catalogue', class: Migration20261122010000Catalogue },
];
