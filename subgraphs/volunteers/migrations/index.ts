import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122000000Initial } from './Migration20261122000000Initial.js';
import { Migration20261201000000ComplianceRecords } from './Migration20261201000000ComplianceRecords.js';

/** Applied in this order at start; never edit one that has shipped, add a new one. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122000000Initial', class: Migration20261122000000Initial },
  { name: 'Migration20261201000000ComplianceRecords', class: Migration20261201000000ComplianceRecords },
];
