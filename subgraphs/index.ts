import type { SubgraphName } from './common/config.js';
import type { SubgraphFactory } from './common/server.js';
import { createAgreements } from './agreements/index.js';
import { createIndicators } from './indicators/index.js';
import { createOrganisations } from './organisations/index.js';
import { createVolunteers } from './volunteers/index.js';

/** Every subgraph's factory by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphFactory> = {
  organisations: createOrganisations,
  agreements: createAgreements,
  volunteers: createVolunteers,
  indicators: createIndicators,
};
