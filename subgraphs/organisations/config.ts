import { ConfigError } from '../common/config.js';

type Env = Record<string, string | undefined>;

/** Default largest registry-sync batch; a bigger one is refused whole. */
export const DEFAULT_SYNC_BATCH_LIMIT = 1000;

/** SYNC_BATCH_LIMIT (default 1000): the largest batch `syncOrganisations` accepts. */
export function syncBatchLimit(env: Env = process.env): number {
  const raw = env.SYNC_BATCH_LIMIT;
  if (raw === undefined || raw === '') return DEFAULT_SYNC_BATCH_LIMIT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 100_000) throw new ConfigError(`SYNC_BATCH_LIMIT must be a whole number from 1 to 100000, got "${raw}"`);
  return value;
}
