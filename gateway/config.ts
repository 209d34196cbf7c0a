import { readFileSync } from 'node:fs';
import { authConfig, ConfigError, servicePort, SUBGRAPH_NAMES, subgraphUrl, type AuthConfig, type SubgraphName } from '../subgraphs/common/config.js';

/** What one request may ask for; each is refused with its name and the value seen. */
export interface GatewayLimits {
  /** Deepest field nesting (GATEWAY_MAX_DEPTH, default 10). */
  maxDepth: number;
  /** Aliased fields per operation (GATEWAY_MAX_ALIASES, default 15). */
  maxAliases: number;
  /** Top-level fields per operation (GATEWAY_MAX_ROOT_FIELDS, default 10). */
  maxRootFields: number;
  /** Directives per operation (GATEWAY_MAX_DIRECTIVES, default 10). */
  maxDirectives: number;
  /** Lexical tokens in the query text (GATEWAY_MAX_TOKENS, default 2000). */
  maxTokens: number;
  /** Estimated fields resolved, lists weighed by their page size (GATEWAY_MAX_COST, default 10000). */
  maxCost: number;
  /** Bytes of one request body (GATEWAY_MAX_BODY_BYTES, default 1 MiB: a registry sync of 1,000 records is about 400 kB). */
  maxBodyBytes: number;
}

export interface GatewayConfig {
  port: number;
  /** Where each subgraph's /graphql is. */
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl: string;
  auth: AuthConfig;
  limits: GatewayLimits;
  /** Schema introspection (GATEWAY_INTROSPECTION; default on, off when NODE_ENV=production). */
  introspection: boolean;
  /** Per-attempt time allowed for one subgraph fetch (SUBGRAPH_TIMEOUT_MS, default 10000). */
  subgraphTimeoutMs: number;
  /** Extra attempts for a failed subgraph fetch of a query; mutations are never retried (SUBGRAPH_RETRIES, 0-3, default 1). */
  subgraphRetries: number;
  /** How long close() waits for in-flight requests before cutting them (GATEWAY_SHUTDOWN_GRACE_MS, default 10000). */
  shutdownGraceMs: number;
  /** Sees every subgraph request the gateway sends (the benchmark records them); not from the environment. */
  onSubgraphRequest?: (subgraph: string, body: { query: string; variables?: Record<string, unknown> }) => void;
}

type Env = Record<string, string | undefined>;

/** The committed supergraph (`npm run compose` writes it). */
export const SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

function positiveInt(env: Env, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function gatewayLimits(env: Env = process.env): GatewayLimits {
  return {
    maxDepth: positiveInt(env, 'GATEWAY_MAX_DEPTH', 10),
    maxAliases: positiveInt(env, 'GATEWAY_MAX_ALIASES', 15, 0),
    maxRootFields: positiveInt(env, 'GATEWAY_MAX_ROOT_FIELDS', 10),
    maxDirectives: positiveInt(env, 'GATEWAY_MAX_DIRECTIVES', 10, 0),
    maxTokens: positiveInt(env, 'GATEWAY_MAX_TOKENS', 2000),
    maxCost: positiveInt(env, 'GATEWAY_MAX_COST', 10_000),
    maxBodyBytes: positiveInt(env, 'GATEWAY_MAX_BODY_BYTES', 1024 * 1024),
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
    introspection: flag(env, 'GATEWAY_INTROSPECTION', env.NODE_ENV !== 'production'),
    subgraphTimeoutMs: positiveInt(env, 'SUBGRAPH_TIMEOUT_MS', 10_000),
    subgraphRetries: positiveInt(env, 'SUBGRAPH_RETRIES', 1, 0, 3),
    shutdownGraceMs: positiveInt(env, 'GATEWAY_SHUTDOWN_GRACE_MS', 10_000, 0),
  };
}
