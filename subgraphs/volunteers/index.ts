import type { SubgraphDefinition } from '../common/server.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { MunicipalityVolunteersResolver } from './resolvers/municipality.resolver.js';
import { VolunteerResolver } from './resolvers/volunteer.resolver.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

/** Volunteers, their work and its statistics; personal data guarded here, whatever path a request takes. */
export const volunteers: SubgraphDefinition = {
  name: 'volunteers',
  entities: [Volunteer, HoursEntry],
  migrations,
  resolvers: [VolunteerResolver, MunicipalityVolunteersResolver],
  orphanedTypes: STUBS,
  referenceResolvers,
  seed,
};
