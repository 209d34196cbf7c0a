import path from 'node:path';

/** The four subgraphs, in the order the gateway and `npm start` bring them up. */
export const SUBGRAPH_NAMES = ['organisations', 'agreements', 'volunteers', 'indicators'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** Default port of each service; the gateway is 4000. */
export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  organisations: 4001,
  agreements: 4002,
  volunteers: 4003,
  indicators: 4004,
};

/** Environment variable that overrides a service's port, e.g. ORGANISATIONS_PORT. */
export const portVariable = (name: SubgraphName | 'gateway') => `${name.toUpperCase()}_PORT`;
/** Environment variable that tells the gateway where a subgraph lives, e.g. ORGANISATIONS_URL. */
export const urlVariable = (name: SubgraphName) => `${name.toUpperCase()}_URL`;

/** The development HS256 secret. Refused when NODE_ENV=production. */
export const DEVELOPMENT_JWT_SECRET = 'samspill-development-secret-do-not-use-in-production';

export interface AuthConfig {
  /** HS256 shared secret (development, tests). */
  secret?: string;
  /** JWKS URL for RS256/ES256 tokens (production). */
  jwksUrl?: string;
  issuer: string;
  audience: string;
  /** Longest lifetime a token may have, exp − iat (or exp − now without iat), in seconds (JWT_MAX_LIFETIME_S, default 86400). */
  maxLifetimeSeconds?: number;
  /** Clock difference allowed between the token's issuer and us, for exp, nbf and iat, in seconds (JWT_CLOCK_SKEW_S, default 60). */
  clockSkewSeconds?: number;
}

/** Defaults of the token time rules (AuthConfig). */
export const JWT_MAX_LIFETIME_DEFAULT_S = 24 * 60 * 60;
export const JWT_CLOCK_SKEW_DEFAULT_S = 60;

export interface DatabaseConfig {
  /** postgres://… when set; otherwise embedded SQLite files under dataDir. */
  url?: string;
  /** Directory of the SQLite files (default ./data). */
  dataDir: string;
  /** Prefix of the PostgreSQL schema names (default none: schema = subgraph name). */
  schemaPrefix: string;
}

export class ConfigError extends Error {}

/** The environment as settings are read from it (process.env, or a plain object in tests). */
export type Env = Record<string, string | undefined>;

interface NumberRule {
  min?: number;
  max?: number;
  /** Whole numbers only (default true). */
  integer?: boolean;
}

/** A numeric setting: `fallback` when unset or empty; anything else outside the rule stops the process, naming the variable. */
export function numberSetting(env: Env, name: string, fallback: number, rule: NumberRule = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const { min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY, integer = true } = rule;
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value)) || value < min || value > max) {
    const range =
      Number.isFinite(min) && Number.isFinite(max)
        ? ` from ${min} to ${max}`
        : Number.isFinite(min)
          ? ` of at least ${min}`
          : Number.isFinite(max)
            ? ` of at most ${max}`
            : '';
    throw new ConfigError(`${name} must be ${integer ? 'a whole number' : 'a number'}${range}, got "${raw}"`);
  }
  return value;
}

/** A true/false setting ("true"/"1", "false"/"0"). */
export function flagSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** A comma-separated list setting; blanks dropped. */
export function listSetting(env: Env, name: string, fallback: readonly string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [...fallback];
  return raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

const portSetting = (env: Env, name: string, fallback: number) => numberSetting(env, name, fallback, { min: 0, max: 65535 });

export function servicePort(name: SubgraphName | 'gateway', env: Env = process.env): number {
  return portSetting(env, portVariable(name), DEFAULT_PORTS[name]);
}

export function subgraphUrl(name: SubgraphName, env: Env = process.env): string {
  return env[urlVariable(name)] || `http://localhost:${servicePort(name, env)}/graphql`;
}

/** Where another subgraph is and how long to wait for it: <NAME>_URL and <NAME>_TIMEOUT_MS (default 5000). */
export interface NeighbourSettings {
  name: SubgraphName;
  url: string;
  timeoutMs: number;
}

export function neighbourSettings(name: SubgraphName, env: Env = process.env): NeighbourSettings {
  return {
    name,
    url: subgraphUrl(name, env),
    timeoutMs: numberSetting(env, `${name.toUpperCase()}_TIMEOUT_MS`, 5000, { min: 1, max: 120_000 }),
  };
}

export function authConfig(env: Env = process.env): AuthConfig {
  const production = env.NODE_ENV === 'production';
  const secret = env.JWT_SECRET || (production ? undefined : DEVELOPMENT_JWT_SECRET);
  if (production && secret === DEVELOPMENT_JWT_SECRET) {
    throw new ConfigError('JWT_SECRET is the development secret, which is refused when NODE_ENV=production');
  }
  if (production && !secret && !env.JWT_JWKS_URL) {
    throw new ConfigError('NODE_ENV=production needs JWT_JWKS_URL (or JWT_SECRET) to verify tokens');
  }
  if (secret && secret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters');
  }
  return {
    secret,
    jwksUrl: env.JWT_JWKS_URL || undefined,
    issuer: env.JWT_ISSUER || 'samspill',
    audience: env.JWT_AUDIENCE || 'samspill',
    maxLifetimeSeconds: numberSetting(env, 'JWT_MAX_LIFETIME_S', JWT_MAX_LIFETIME_DEFAULT_S, { min: 60, max: 31 * 24 * 60 * 60 }),
    clockSkewSeconds: numberSetting(env, 'JWT_CLOCK_SKEW_S', JWT_CLOCK_SKEW_DEFAULT_S, { min: 0, max: 600 }),
  };
}

export function databaseConfig(env: Env = process.env): DatabaseConfig {
  const url = env.DATABASE_URL || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) {
    throw new ConfigError(`DATABASE_URL must be a postgres:// URL, got "${url.split('@').pop()}"`);
  }
  return {
    url,
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    schemaPrefix: env.DB_SCHEMA_PREFIX || '',
  };
}
