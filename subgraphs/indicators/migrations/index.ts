import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';
import { Migration20261126000000UnitEn } from './Migration20261126000000UnitEn.js';

/** Applied in this order at start; never edit one that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261126000000UnitEn', class: Migration20261126000000UnitEn },
];
