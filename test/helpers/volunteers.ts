import { createAgreements } from '../../subgraphs/agreements/index.js';
import type { SubgraphOptions } from '../../subgraphs/common/server.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { createVolunteers, type VolunteersEnvironment } from '../../subgraphs/volunteers/index.js';
import { startSubgraph, type RunningSubgraph } from './stack.js';
import { testEnvironment } from './clock.js';

export interface VolunteersWithAgreements {
  subgraph: RunningSubgraph;
  agreementsGraph: RunningSubgraph;
  /** Started only when asked for (`organisations: true`): agreements asks it about parties when one is made. */
  organisationsGraph?: RunningSubgraph;
  close(): Promise<void>;
}

/**
 * The volunteers subgraph beside the real agreements subgraph it asks about agreements,
 * told where it is the way a deployment tells it (AGREEMENTS_URL), without touching process.env.
 * `env` adds settings; `agreements` puts a stand-in directory in its place; `organisations`
 * starts the organisations subgraph too, so agreements can be made.
 */
export async function startVolunteersWithAgreements(
  options: Omit<SubgraphOptions, 'database'> = {},
  extra: { env?: Record<string, string>; agreements?: VolunteersEnvironment['agreements']; organisations?: boolean } = {},
): Promise<VolunteersWithAgreements> {
  const organisationsGraph = extra.organisations ? await startSubgraph(createOrganisations(testEnvironment())) : undefined;
  const agreementsGraph = await startSubgraph(
    createAgreements(testEnvironment(organisationsGraph ? { ORGANISATIONS_URL: organisationsGraph.url } : {})),
  );
  const environment = testEnvironment({ AGREEMENTS_URL: agreementsGraph.url, ...extra.env });
  const subgraph = await startSubgraph(createVolunteers({ ...environment, agreements: extra.agreements }), options);
  return {
    subgraph,
    agreementsGraph,
    organisationsGraph,
    async close() {
      await subgraph.close();
      await agreementsGraph.close();
      await organisationsGraph?.close();
    },
  };
}
