import { systemClock } from '../common/clock.js';
import type { SubgraphDefinition, SubgraphEnvironment } from '../common/server.js';
import { indicatorsSettings } from './config.js';
import { Indicator } from './entities/indicator.entity.js';
import { Observation } from './entities/observation.entity.js';
import { exportRoutes } from './http/export.routes.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { CountyIndicatorsResolver, MunicipalityIndicatorsResolver } from './resolvers/area.resolver.js';
import { CatalogueResolver } from './resolvers/catalogue.resolver.js';
import { IndicatorResolver } from './resolvers/indicator.resolver.js';
import { ObservationResolver } from './resolvers/observation.resolver.js';
import { SnapshotResolver } from './resolvers/snapshot.resolver.js';
import { seed } from './seed/index.js';
import { STUBS } from './stubs.js';

/** Research indicators: definitions with sources, observations per area and period, live snapshots and exports. */
export function createIndicators({ env = process.env, clock = systemClock }: SubgraphEnvironment = {}): SubgraphDefinition {
  const settings = indicatorsSettings(env);
  return {
    name: 'indicators',
    clock,
    entities: [Indicator, Observation],
    migrations,
    resolvers: [
      IndicatorResolver,
      CatalogueResolver,
      ObservationResolver,
      SnapshotResolver,
      MunicipalityIndicatorsResolver,
      CountyIndicatorsResolver,
    ],
    orphanedTypes: STUBS,
    referenceResolvers,
    seed: (em) => seed(em, clock),
    limits: settings.limits,
    routes: (app, deps) => exportRoutes(app, deps, settings),
  };
}
