import { ConfigError, numberSetting, type Env } from '../common/config.js';
import { REQUEST_LIMIT_VARIABLES, requestLimits, type RequestLimits } from '../common/limits.js';

/** Every setting of the organisations subgraph, read once when `createOrganisations` runs. */
interface OrganisationsSettings {
  /** SYNC_BATCH_LIMIT (default 1000, from 1 to 100000): the largest batch `syncOrganisations` accepts; a bigger one is refused whole. */
  syncBatchLimit: number;
  /** What one request may ask of this subgraph: the limits every service shares (common/limits.ts, MAX_DEPTH …). */
  limits: RequestLimits;
}

/** Reads and checks the settings; a bad value throws a ConfigError naming the variable. */
export function organisationsSettings(env: Env): OrganisationsSettings {
  const syncBatchLimit = numberSetting(env, 'SYNC_BATCH_LIMIT', 1000, { min: 1, max: 100_000 });
  const limits = requestLimits(env);
  // A batch is one list argument: a limit above the list limit could never be reached.
  if (syncBatchLimit > limits.maxListArgumentValues) {
    throw new ConfigError(
      `SYNC_BATCH_LIMIT (${syncBatchLimit}) is above ${REQUEST_LIMIT_VARIABLES.maxListArgumentValues} (${limits.maxListArgumentValues}); raise that too`,
    );
  }
  return { syncBatchLimit, limits };
}

/** What `createOrganisations` hands every resolver through its constructor. */
export interface OrganisationsDeps {
  settings: OrganisationsSettings;
}
