import { neighbourSettings, numberSetting, type Env, type NeighbourSettings } from '../common/config.js';
import { requestLimits, type RequestLimits } from '../common/limits.js';

/** Every setting of the volunteers subgraph, read once when `createVolunteers` runs. */
export interface VolunteersSettings {
  /** Cells counting fewer people than this are suppressed (SUPPRESSION_THRESHOLD, default 5). */
  suppressionThreshold: number;
  /** Hours in one full-time equivalent (HOURS_PER_FTE, default 1,695). */
  hoursPerFte: number;
  /** Where the agreements subgraph is and how long to wait for it (AGREEMENTS_URL, AGREEMENTS_TIMEOUT_MS, default 3,000). */
  agreements: NeighbourSettings;
  /** What one request may ask of this subgraph: the limits every service shares (common/limits.ts, MAX_DEPTH …). */
  limits: RequestLimits;
}

/** The agreements subgraph is asked on writes a person waits for, so it gets less time than the common default. */
const AGREEMENTS_TIMEOUT_MS = '3000';

/** Reads and checks the settings; a bad value stops the subgraph with a ConfigError naming the variable. */
export function volunteersSettings(env: Env): VolunteersSettings {
  return {
    suppressionThreshold: numberSetting(env, 'SUPPRESSION_THRESHOLD', 5, { min: 1 }),
    hoursPerFte: numberSetting(env, 'HOURS_PER_FTE', 1695, { min: 1, integer: false }),
    agreements: neighbourSettings('agreements', { ...env, AGREEMENTS_TIMEOUT_MS: env.AGREEMENTS_TIMEOUT_MS || AGREEMENTS_TIMEOUT_MS }),
    limits: requestLimits(env),
  };
}
