import { gatewayConfig, type GatewayConfig } from '../../gateway/config.js';
import { createGateway, type GatewayService } from '../../gateway/gateway.js';
import { SUBGRAPH_NAMES, urlVariable, type SubgraphName } from '../../subgraphs/common/config.js';
import { createSubgraph, type SubgraphDefinition, type SubgraphOptions, type SubgraphService } from '../../subgraphs/common/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testDatabase } from './db.js';

export interface RunningSubgraph {
  service: SubgraphService;
  url: string;
  close(): Promise<void>;
}

/** One subgraph on a free port over a database of its own (integration tests). */
export async function startSubgraph(definition: SubgraphDefinition, options: Omit<SubgraphOptions, 'database'> = {}): Promise<RunningSubgraph> {
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

/** The whole graph on free ports: four subgraphs and the real gateway over HTTP (end-to-end tests). */
export async function startStack(env: Record<string, string> = {}): Promise<Stack> {
  const database = testDatabase();
  const subgraphs = {} as Record<SubgraphName, SubgraphService>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  const stopped = new Set<SubgraphName>();
  await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      subgraphs[name] = await createSubgraph(SUBGRAPHS[name], { database });
      subgraphUrls[name] = await subgraphs[name].listen(0, '127.0.0.1');
    }),
  );
  // Subgraphs that ask another subgraph (agreements -> organisations, volunteers -> agreements)
  // find it the way a deployment tells them: by the <NAME>_URL variables.
  const previousUrls = SUBGRAPH_NAMES.map((name) => [urlVariable(name), process.env[urlVariable(name)]] as const);
  for (const name of SUBGRAPH_NAMES) process.env[urlVariable(name)] = subgraphUrls[name];
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
      for (const [variable, value] of previousUrls) {
        if (value === undefined) delete process.env[variable];
        else process.env[variable] = value;
      }
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
  const config = gatewayConfig({ ...process.env, ...env, ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [urlVariable(name), subgraphUrls[name]])) });
  const gateway = await createGateway({ ...config, ...overrides });
  return { gateway, url: await gateway.listen(0, '127.0.0.1') };
}
