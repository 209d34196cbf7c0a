import { agreements } from '../../subgraphs/agreements/index.js';
import type { SubgraphOptions } from '../../subgraphs/common/server.js';
import { volunteers } from '../../subgraphs/volunteers/index.js';
import { startSubgraph, type RunningSubgraph } from './stack.js';

export interface VolunteersWithAgreements {
  subgraph: RunningSubgraph;
  agreementsGraph: RunningSubgraph;
  close(): Promise<void>;
}

/** The volunteers subgraph beside the real agreements subgraph it asks about agreements (AGREEMENTS_URL). */
export async function startVolunteersWithAgreements(options: Omit<SubgraphOptions, 'database'> = {}): Promise<VolunteersWithAgreements> {
  const previous = process.env.AGREEMENTS_URL;
  const agreementsGraph = await startSubgraph(agreements);
  process.env.AGREEMENTS_URL = agreementsGraph.url;
  const subgraph = await startSubgraph(volunteers, options);
  return {
    subgraph,
    agreementsGraph,
    async close() {
      await subgraph.close();
      await agreementsGraph.close();
      if (previous === undefined) delete process.env.AGREEMENTS_URL;
      else process.env.AGREEMENTS_URL = previous;
    },
  };
}
