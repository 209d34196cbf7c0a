import type { SubgraphName } from './common/config.js';
import type { SubgraphDefinition } from './common/server.js';
import { agreements } from './agreements/index.js';
import { indicators } from './indicators/index.js';
import { organisations } from './organisations/index.js';
import { volunteers } from './volunteers/index.js';

/** Every subgraph definition by name. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition> = { organisations, agreements, volunteers, indicators };
