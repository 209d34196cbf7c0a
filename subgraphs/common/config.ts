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
}

export interface DatabaseConfig {
  /** postgres://… when set; otherwise embedded SQLite files under dataDir. */
  url?: string;
  /** Directory of the SQLite files (default ./data). */
  dataDir: string;
  /** Prefix of the PostgreSQL schema names (default none: schema = subgraph name). */
  schemaPrefix: string;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${raw}"`);
  }
  return value;
}

export function servicePort(name: SubgraphName | 'gateway', env: Env = process.env): number {
  return intVar(env, portVariable(name), DEFAULT_PORTS[name]);
}

export function subgraphUrl(name: SubgraphName, env: Env = process.env): string {
  return env[urlVariable(name)] || `http://localhost:${servicePort(name, env)}/graphql`;
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
