import type { SubgraphDefinition } from '../common/server.js';
import { Indicator } from './entities/indicator.entity.js';
import { Observation } from './entities/observation.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { CountyIndicatorsResolver, MunicipalityIndicatorsResolver } from './resolvers/area.resolver.js';
import { IndicatorResolver } from './resolvers/indicator.resolver.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

/** Research indicators: definitions with sources, and observations per area and period. */
export const indicators: SubgraphDefinition = {
  name: 'indicators',
  entities: [Indicator, Observation],
  migrations,
  resolvers: [IndicatorResolver, MunicipalityIndicatorsResolver, CountyIndicatorsResolver],
  orphanedTypes: STUBS,
  referenceResolvers,
  seed,
};
