import { readFileSync } from 'node:fs';
import { authConfig, servicePort, SUBGRAPH_NAMES, subgraphUrl, type AuthConfig, type SubgraphName } from '../subgraphs/common/config.js';

export interface GatewayConfig {
  port: number;
  /** Where each subgraph's /graphql is. */
  subgraphUrls: Record<SubgraphName, string>;
  supergraphSdl: string;
  auth: AuthConfig;
}

type Env = Record<string, string | undefined>;

/** The committed supergraph (`npm run compose` writes it). */
export const SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

/** Reads the gateway's configuration from the environment, failing fast on a bad value. */
export function gatewayConfig(env: Env = process.env): GatewayConfig {
  return {
    port: servicePort('gateway', env),
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name, env)])) as Record<SubgraphName, string>,
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH || SUPERGRAPH_PATH, 'utf8'),
    auth: authConfig(env),
  };
}
