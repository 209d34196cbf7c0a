import { numberSetting, type Env } from '../common/config.js';
import { requestLimits, type RequestLimits } from '../common/limits.js';

/** Every setting of the indicators subgraph and its snapshot job, read once when the factory (or the job) starts. */
export interface IndicatorsSettings {
  /** Largest JSON-stat cube one export builds, indicators × areas × periods (INDICATORS_EXPORT_MAX_CELLS, default 1,000,000). */
  exportMaxCells: number;
  /** The gateway the snapshot job reads the graph through (GATEWAY_URL, default http://localhost:4000/graphql). */
  gatewayUrl: string;
  /** What one request may ask of this subgraph: the limits every service shares (common/limits.ts, MAX_DEPTH …). */
  limits: RequestLimits;
}

export function indicatorsSettings(env: Env = process.env): IndicatorsSettings {
  return {
    exportMaxCells: numberSetting(env, 'INDICATORS_EXPORT_MAX_CELLS', 1_000_000, { min: 1, max: 50_000_000 }),
    gatewayUrl: env.GATEWAY_URL || 'http://localhost:4000/graphql',
    limits: requestLimits(env),
  };
}
