import { readFileSync } from 'node:fs';
import {
  authConfig,
  ConfigError,
  flagSetting,
  listSetting,
  numberSetting,
  servicePort,
  SUBGRAPH_NAMES,
  subgraphUrl,
  type AuthConfig,
  type Env,
  type SubgraphName,
} from '../subgraphs/common/config.js';
import { REQUEST_LIMIT_VARIABLES, requestLimits, type RequestLimits } from '../subgraphs/common/limits.js';
import type { BreakerSettings } from './breaker.js';
import { corsOrigins } from './cors.js';
import type { ResponseCacheSettings } from './response-cache.js';
import { readTrustedDocuments } from './trusted-documents.js';

/**
 * What one request may ask for: the limits every service shares (common/limits.ts: MAX_DEPTH,
 * MAX_ALIASES, MAX_ROOT_FIELDS, MAX_DIRECTIVES, MAX_TOKENS, MAX_BODY_BYTES, MAX_ENTITY_REPRESENTATIONS,
 * MAX_LIST_ARGUMENT_VALUES) and the gateway's own cost limit; each is refused with its name and the value seen.
 */
export interface GatewayLimits extends RequestLimits {
  /** Estimated fields resolved, lists weighed by their page size (GATEWAY_MAX_COST, default 10000). */
  maxCost: number;
}

/** The environment variable behind each limit, named in every refusal so an operator knows what to raise. */
export const LIMIT_VARIABLES: Record<keyof GatewayLimits, string> = { ...REQUEST_LIMIT_VARIABLES, maxCost: 'GATEWAY_MAX_COST' };

/** Who may read /metrics, and which operation names get a label of their own. */
export interface MetricsSettings {
  /**
   * Port of a listener of its own that serves only /metrics (METRICS_PORT, default 9464; 0 picks a
   * free port; "off" runs none). It is not the public port: publish it to the scraper's network only.
   */
  port?: number;
  /**
   * Bearer token /metrics asks for (METRICS_TOKEN, unset). When set, /metrics is also served on the
   * gateway's public port, and both ask for it; when unset, the public port has no /metrics.
   */
  token?: string;
  /** Operation names learned from successful requests, each with a label of its own; the rest count as "other" (METRICS_MAX_OPERATIONS, default 200). */
  maxOperations: number;
  /** Operation names that always have a label of their own, e.g. the known clients' operations (METRICS_OPERATIONS, comma-separated). */
  operations: string[];
}

export interface GatewayConfig {
  port: number;
  /** Where each subgraph's /graphql is. */
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl: string;
  auth: AuthConfig;
  limits: GatewayLimits;
  metrics: MetricsSettings;
  /** Origins whose pages may call the gateway from a browser (CORS_ORIGINS; see cors.ts for the default). */
  corsOrigins: string[];
  /** Schema introspection (GATEWAY_INTROSPECTION; default on, off when NODE_ENV=production). */
  introspection: boolean;
  /** Per-attempt time allowed for one subgraph fetch (SUBGRAPH_TIMEOUT_MS, default 10000). */
  subgraphTimeoutMs: number;
  /** Extra attempts for a failed subgraph fetch of a query; mutations are never retried (SUBGRAPH_RETRIES, 0-3, default 1). */
  subgraphRetries: number;
  /** Most open keep-alive connections from the gateway to each subgraph (SUBGRAPH_MAX_SOCKETS, default 64). */
  subgraphMaxSockets: number;
  /** Identical in-flight subgraph fetches of queries by the same caller share one request (GATEWAY_DEDUPE, default on). */
  dedupe: boolean;
  /** A circuit breaker per subgraph (SUBGRAPH_BREAKER, _MIN_REQUESTS, _FAILURE_PERCENT, _RESET_MS, _WINDOW_MS). */
  breaker: BreakerSettings;
  /** How long close() waits for in-flight requests before cutting them (GATEWAY_SHUTDOWN_GRACE_MS, default 10000). */
  shutdownGraceMs: number;
  /** The response cache for anonymous queries (GATEWAY_CACHE, GATEWAY_CACHE_TTL_MS, GATEWAY_CACHE_MAX_ENTRIES, GATEWAY_CACHE_MAX_BYTES). */
  cache: ResponseCacheSettings;
  /** The only operations accepted, by sha256 of their text (TRUSTED_DOCUMENTS: a manifest file; unset: any operation). */
  trustedDocuments?: Map<string, string>;
  /** Sees every subgraph request the gateway sends (the benchmark records them); not from the environment. */
  onSubgraphRequest?: (subgraph: string, body: { query: string; variables?: Record<string, unknown> }) => void;
}

/** The committed supergraph (`npm run compose` writes it). */
const SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

/** The port Prometheus exporters conventionally use for /metrics. */
const DEFAULT_METRICS_PORT = 9464;

function gatewayLimits(env: Env): GatewayLimits {
  return { ...requestLimits(env), maxCost: numberSetting(env, LIMIT_VARIABLES.maxCost, 10_000, { min: 1 }) };
}

function metricsSettings(env: Env): MetricsSettings {
  const token = env.METRICS_TOKEN || undefined;
  if (token !== undefined && token.length < 16) throw new ConfigError('METRICS_TOKEN must be at least 16 characters');
  return {
    port: env.METRICS_PORT === 'off' ? undefined : numberSetting(env, 'METRICS_PORT', DEFAULT_METRICS_PORT, { min: 0, max: 65535 }),
    token,
    maxOperations: numberSetting(env, 'METRICS_MAX_OPERATIONS', 200, { min: 0, max: 10_000 }),
    operations: listSetting(env, 'METRICS_OPERATIONS', []),
  };
}

const CACHE_ON = ['on', 'true', '1'];
const CACHE_OFF = ['off', 'false', '0'];

/**
 * On unless GATEWAY_CACHE is off (or false). 30 s by default: long enough that a portal's burst of
 * the same public pages is served from memory, short enough that what changes without a mutation
 * through the gateway (the agreements expiry job, a snapshot run from the command line) shows soon.
 */
function cacheSettings(env: Env): ResponseCacheSettings {
  const raw = (env.GATEWAY_CACHE ?? '').trim().toLowerCase();
  if (raw !== '' && !CACHE_ON.includes(raw) && !CACHE_OFF.includes(raw))
    throw new ConfigError(`GATEWAY_CACHE must be on or off (true or false), got "${env.GATEWAY_CACHE}"`);
  return {
    enabled: !CACHE_OFF.includes(raw),
    ttlMs: numberSetting(env, 'GATEWAY_CACHE_TTL_MS', 30_000, { min: 1 }),
    maxEntries: numberSetting(env, 'GATEWAY_CACHE_MAX_ENTRIES', 1000, { min: 1 }),
    maxBytes: numberSetting(env, 'GATEWAY_CACHE_MAX_BYTES', 32 * 2 ** 20, { min: 1 }),
  };
}

/** Reads the gateway's configuration from the environment, failing fast on a bad value. */
export function gatewayConfig(env: Env = process.env): GatewayConfig {
  return {
    port: servicePort('gateway', env),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name, env)])) as Record<SubgraphName, string>,
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH || SUPERGRAPH_PATH, 'utf8'),
    auth: authConfig(env),
    limits: gatewayLimits(env),
    metrics: metricsSettings(env),
    corsOrigins: corsOrigins(env, servicePort('gateway', env)),
    introspection: flagSetting(env, 'GATEWAY_INTROSPECTION', env.NODE_ENV !== 'production'),
    subgraphTimeoutMs: numberSetting(env, 'SUBGRAPH_TIMEOUT_MS', 10_000, { min: 1 }),
    subgraphRetries: numberSetting(env, 'SUBGRAPH_RETRIES', 1, { min: 0, max: 3 }),
    shutdownGraceMs: numberSetting(env, 'GATEWAY_SHUTDOWN_GRACE_MS', 10_000, { min: 0 }),
    trustedDocuments: env.TRUSTED_DOCUMENTS ? readTrustedDocuments(env.TRUSTED_DOCUMENTS) : undefined,
    subgraphMaxSockets: numberSetting(env, 'SUBGRAPH_MAX_SOCKETS', 64, { min: 1, max: 10_000 }),
    dedupe: flagSetting(env, 'GATEWAY_DEDUPE', true),
    cache: cacheSettings(env),
    breaker: {
      enabled: flagSetting(env, 'SUBGRAPH_BREAKER', true),
      minRequests: numberSetting(env, 'SUBGRAPH_BREAKER_MIN_REQUESTS', 3, { min: 1 }),
      failurePercent: numberSetting(env, 'SUBGRAPH_BREAKER_FAILURE_PERCENT', 50, { min: 1, max: 100 }),
      resetMs: numberSetting(env, 'SUBGRAPH_BREAKER_RESET_MS', 1000, { min: 10 }),
      windowMs: numberSetting(env, 'SUBGRAPH_BREAKER_WINDOW_MS', 10_000, { min: 100 }),
    },
  };
}
