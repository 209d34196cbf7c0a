import { systemClock } from '../common/clock.js';
import { resolverContainer, type SubgraphDefinition, type SubgraphEnvironment } from '../common/server.js';
import { organisationsSettings, type OrganisationsDeps } from './config.js';
import { County } from './entities/county.entity.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationChange } from './entities/organisation-change.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { Service } from './entities/service.entity.js';
import { ServiceMunicipality } from './entities/service-municipality.entity.js';
import { ServiceTerm } from './entities/service-term.entity.js';
import { SyncLink } from './entities/sync-link.entity.js';
import { SyncSource } from './entities/sync-source.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { ChangeResolver } from './resolvers/change.resolver.js';
import { CountyResolver } from './resolvers/county.resolver.js';
import { MunicipalityResolver } from './resolvers/municipality.resolver.js';
import { OrganisationMutationResolver } from './resolvers/organisation-mutation.resolver.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { ServiceResolver } from './resolvers/service.resolver.js';
import { SyncResolver } from './resolvers/sync.resolver.js';
import { TaxonomyResolver } from './resolvers/taxonomy.resolver.js';
import { seed } from './seed/index.js';

/** Every entity of the subgraph: the service and the scripts (import, bench) open the database with these. */
export const entities = [
  County,
  Municipality,
  Organisation,
  OrganisationMunicipality,
  OrganisationChange,
  Service,
  ServiceMunicipality,
  ServiceTerm,
  SyncLink,
  SyncSource,
] as const;

/**
 * The partner catalogue: organisations, their services, the municipalities and counties they
 * serve, registry sync and the change feed. Settings are read here, once (a bad one throws a
 * ConfigError naming it); resolvers get them through their constructor.
 */
export function createOrganisations({ env = process.env, clock = systemClock }: SubgraphEnvironment = {}): SubgraphDefinition {
  const deps: OrganisationsDeps = { settings: organisationsSettings(env) };
  return {
    name: 'organisations',
    clock,
    entities: [...entities],
    migrations,
    resolvers: [
      MunicipalityResolver,
      CountyResolver,
      OrganisationResolver,
      OrganisationMutationResolver,
      ServiceResolver,
      TaxonomyResolver,
      SyncResolver,
      ChangeResolver,
    ],
    limits: deps.settings.limits,
    container: resolverContainer(deps),
    referenceResolvers,
    seed: (em) => seed(em, clock),
  };
}
