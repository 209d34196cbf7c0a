import { ConfigError } from '../common/config.js';

type Env = Record<string, string | undefined>;

function positive(env: Env, name: string, fallback: number, integer: boolean): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new ConfigError(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${raw}"`);
  }
  return value;
}

/** Cells counting fewer people than this are suppressed (SUPPRESSION_THRESHOLD, default 5). */
export const suppressionThreshold = (env: Env = process.env) => positive(env, 'SUPPRESSION_THRESHOLD', 5, true);
/** Hours in one full-time equivalent (HOURS_PER_FTE, default 1,695). */
export const hoursPerFte = (env: Env = process.env) => positive(env, 'HOURS_PER_FTE', 1695, false);
/** How long to wait for the agreements subgraph (AGREEMENTS_TIMEOUT_MS, default 3,000). */
export const agreementsTimeoutMs = (env: Env = process.env) => positive(env, 'AGREEMENTS_TIMEOUT_MS', 3000, true);

/** Reads every setting once at start, so a bad value stops the service with a message instead of failing requests later. */
export function checkConfig(env: Env = process.env) {
  suppressionThreshold(env);
  hoursPerFte(env);
  agreementsTimeoutMs(env);
}
