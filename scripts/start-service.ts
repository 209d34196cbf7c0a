import { servicePort, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/config.js';
import type { SubgraphFactory } from '../subgraphs/common/server.js';

/**
 * Runs one service in this process: `start-service.ts <gateway|organisations|agreements|volunteers|indicators>`
 * (or SERVICE=…). Configuration comes from the environment; see README.
 *
 * Each process loads only its own code: the gateway none of the subgraphs (nor MikroORM), a subgraph
 * only itself, not the other three (their entities, resolvers and type-graphql metadata would sit in memory unused).
 */
const name = process.argv[2] ?? process.env.SERVICE;
if (name !== 'gateway' && !SUBGRAPH_NAMES.includes(name as SubgraphName)) {
  console.error(`usage: start-service.ts <gateway|${SUBGRAPH_NAMES.join('|')}> (got "${name ?? ''}")`);
  process.exit(2);
}

/** A subgraph's factory from its own index.ts (`create<Name>`). */
async function subgraphFactory(subgraph: SubgraphName): Promise<SubgraphFactory> {
  const factories: Record<SubgraphName, () => Promise<SubgraphFactory>> = {
    organisations: async () => (await import('../subgraphs/organisations/index.js')).createOrganisations,
    agreements: async () => (await import('../subgraphs/agreements/index.js')).createAgreements,
    volunteers: async () => (await import('../subgraphs/volunteers/index.js')).createVolunteers,
    indicators: async () => (await import('../subgraphs/indicators/index.js')).createIndicators,
  };
  return factories[subgraph]();
}

async function startService() {
  if (name === 'gateway') {
    const [{ gatewayConfig }, { createGateway }] = await Promise.all([import('../gateway/config.js'), import('../gateway/gateway.js')]);
    return createGateway(gatewayConfig());
  }
  const [{ createSubgraph }, factory] = await Promise.all([import('../subgraphs/common/server.js'), subgraphFactory(name as SubgraphName)]);
  return createSubgraph(factory(), { seed: process.env.SEED !== 'false' });
}

const service = await startService();
await service.listen(servicePort(name as SubgraphName | 'gateway'));

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await service.close();
    process.exit(0);
  });
}
