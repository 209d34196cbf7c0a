import type { SubgraphDefinition } from '../common/server.js';
import { County } from './entities/county.entity.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { CountyResolver } from './resolvers/county.resolver.js';
import { MunicipalityResolver } from './resolvers/municipality.resolver.js';
import { OrganisationResolver } from './resolvers/organisation.resolver.js';
import { seed } from './seed.js';

/** The partner catalogue: organisations, and the municipalities and counties they serve. */
export const organisations: SubgraphDefinition = {
  name: 'organisations',
  entities: [County, Municipality, Organisation, OrganisationMunicipality],
  migrations,
  resolvers: [MunicipalityResolver, CountyResolver, OrganisationResolver],
  referenceResolvers,
  seed,
};
