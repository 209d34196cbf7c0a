import type { SubgraphDefinition } from '../common/server.js';
import { Indicator } from './entities/indicator.entity.js';
import { Observation } from './entities/observation.entity.js';
import { exportRoutes } from './export/export.routes.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { CountyIndicatorsResolver, MunicipalityIndicatorsResolver } from './resolvers/area.resolver.js';
import { IndicatorResolver } from './resolvers/indicator.resolver.js';
import { ObservationResolver } from './resolvers/observation.resolver.js';
import { SnapshotResolver } from './resolvers/snapshot.resolver.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

/** Research indicators: definitions with sources, observations per area and period, live snapshots and exports. */
export const indicators: SubgraphDefinition = {
  name: 'indicators',
  entities: [Indicator, Observation],
  migrations,
  resolvers: [IndicatorResolver, ObservationResolver, SnapshotResolver, MunicipalityIndicatorsResolver, CountyIndicatorsResolver],
  orphanedTypes: STUBS,
  referenceResolvers,
  seed,
  routes: exportRoutes,
};
