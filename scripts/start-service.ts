import { gatewayConfig } from '../gateway/config.js';
import { createGateway } from '../gateway/gateway.js';
import { servicePort, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/config.js';
import { createSubgraph } from '../subgraphs/common/server.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

/**
 * Runs one service in this process: `start-service.ts <gateway|organisations|agreements|volunteers|indicators>`
 * (or SERVICE=…). Configuration comes from the environment; see README.
 */
const name = process.argv[2] ?? process.env.SERVICE;
if (name !== 'gateway' && !SUBGRAPH_NAMES.includes(name as SubgraphName)) {
  console.error(`usage: start-service.ts <gateway|${SUBGRAPH_NAMES.join('|')}> (got "${name ?? ''}")`);
  process.exit(2);
}

const service =
  name === 'gateway' ? await createGateway(gatewayConfig()) : await createSubgraph(SUBGRAPHS[name as SubgraphName], { seed: process.env.SEED !== 'false' });
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
