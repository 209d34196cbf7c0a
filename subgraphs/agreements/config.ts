import { neighbourSettings, numberSetting, type Env, type NeighbourSettings } from '../common/config.js';
import { requestLimits, type RequestLimits } from '../common/limits.js';

interface AgreementsSettings {
  /** The organisations subgraph, asked about party ids and names: ORGANISATIONS_URL, ORGANISATIONS_TIMEOUT_MS (default 5000). */
  organisations: NeighbourSettings;
  /**
   * How often the stored status of lapsed agreements is brought up to date
   * (EXPIRY_SWEEP_INTERVAL_MS, default 3,600,000 = hourly; 0 = only at start).
   * Reads never wait for it: they compute the status from the end date.
   */
  expirySweepIntervalMs: number;
  /** What one request may ask of this subgraph: the limits every service shares (common/limits.ts, MAX_DEPTH …). */
  limits: RequestLimits;
}

/** The longest delay a Node.js timer takes (about 24.8 days). */
const MAX_TIMER_MS = 2_147_483_647;

/** Every setting of the agreements subgraph, read once when `createAgreements` runs; a bad value stops the start, naming the variable. */
export function agreementsSettings(env: Env = process.env): AgreementsSettings {
  return {
    organisations: neighbourSettings('organisations', env),
    expirySweepIntervalMs: numberSetting(env, 'EXPIRY_SWEEP_INTERVAL_MS', 3_600_000, { min: 0, max: MAX_TIMER_MS }),
    limits: requestLimits(env),
  };
}
