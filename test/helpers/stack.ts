import { gatewayConfig, type GatewayConfig } from '../../gateway/config.js';
import { createGateway, type GatewayService } from '../../gateway/gateway.js';
import { SUBGRAPH_NAMES, urlVariable, type SubgraphName } from '../../subgraphs/common/config.js';
import { createSubgraph, type SubgraphDefinition, type SubgraphOptions, type SubgraphService } from '../../subgraphs/common/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testEnvironment } from './clock.js';
import { testDatabase } from './db.js';

export interface RunningSubgraph {
  service: SubgraphService;
  url: string;
  close(): Promise<void>;
}

/** One subgraph on a free port over a database of its own (integration tests). */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: Omit<SubgraphOptions, 'database'> = {},
): Promise<RunningSubgraph> {
  const database = testDatabase();
  const service = await createSubgraph(definition, { ...options, database });
  const url = await service.listen(0, '127.0.0.1');
  return {
    service,
    url,
    async close() {
      await service.close();
      await database.drop();
    },
  };
}

export interface Stack {
  gatewayUrl: string;
  gateway: GatewayService;
  subgraphs: Record<SubgraphName, SubgraphService>;
  subgraphUrls: Record<SubgraphName, string>;
  /** Stops one subgraph, as a crash would. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole graph on free ports: four subgraphs and the real gateway over HTTP (end-to-end tests).
 * `env` is the gateway's settings, `subgraphEnv` every subgraph's (as a deployment sets them).
 */
export async function startStack(env: Record<string, string> = {}, subgraphEnv: Record<string, string> = {}): Promise<Stack> {
  const database = testDatabase();
  const subgraphs = {} as Record<SubgraphName, SubgraphService>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  const stopped = new Set<SubgraphName>();
  // One after another, in SUBGRAPH_NAMES order, so a subgraph that asks another (agreements ->
  // organisations, volunteers -> agreements) is made knowing where that one listens: its settings
  // are read once, when it is made, from the <NAME>_URL variables a deployment would set.
  for (const name of SUBGRAPH_NAMES) {
    const neighbours = Object.fromEntries(
      SUBGRAPH_NAMES.filter((started) => subgraphUrls[started]).map((started) => [urlVariable(started), subgraphUrls[started]]),
    );
    subgraphs[name] = await createSubgraph(SUBGRAPHS[name](testEnvironment({ ...subgraphEnv, ...neighbours })), { database });
    subgraphUrls[name] = await subgraphs[name].listen(0, '127.0.0.1');
  }
  const { gateway, url: gatewayUrl } = await startGateway(subgraphUrls, env);
  return {
    gatewayUrl,
    gateway,
    subgraphs,
    subgraphUrls,
    async stopSubgraph(name) {
      stopped.add(name);
      await subgraphs[name].close();
    },
    async close() {
      await gateway.close();
      await Promise.all(SUBGRAPH_NAMES.filter((n) => !stopped.has(n)).map((n) => subgraphs[n].close()));
      await database.drop();
    },
  };
}

export interface RunningGateway {
  gateway: GatewayService;
  url: string;
}

/**
 * A gateway of its own on a free port over the given subgraph URLs (e.g. a proxy in
 * front of one), configured from process.env, then `env`, then `overrides`.
 */
export async function startGateway(
  subgraphUrls: Record<SubgraphName, string>,
  env: Record<string, string> = {},
  overrides: Partial<GatewayConfig> = {},
): Promise<RunningGateway> {
  const config = gatewayConfig({
    // Tests count subgraph fetches, stop subgraphs and change data behind the gateway's back; the response
    // cache would answer for them. It is off here unless asked for (test/e2e/gateway-cache.e2e.ts).
    GATEWAY_CACHE: 'off',
    ...process.env,
    ...env,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlVariable(name), subgraphUrls[name]])),
  });
  const gateway = await createGateway({ ...config, ...overrides });
  return { gateway, url: await gateway.listen(0, '127.0.0.1') };
}
