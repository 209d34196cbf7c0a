import type { EntityManager } from '@mikro-orm/knex';
import type { SubgraphDefinition } from '../common/server.js';
import { checkConfig } from './config.js';
import { Assignment } from './entities/assignment.entity.js';
import { Compliance } from './entities/compliance.entity.js';
import { Consent } from './entities/consent.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Interest } from './entities/interest.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { AgreementVolunteersResolver } from './resolvers/agreement.resolver.js';
import { AssignmentResolver, EngagementResolver } from './resolvers/assignment.resolver.js';
import { ComplianceResolver } from './resolvers/compliance.resolver.js';
import { ExportResolver } from './resolvers/export.resolver.js';
import { MatchingResolver } from './resolvers/matching.resolver.js';
import { MunicipalityVolunteersResolver } from './resolvers/municipality.resolver.js';
import { InterestResolver, OpportunityResolver } from './resolvers/opportunity.resolver.js';
import { OrganisationVolunteersResolver } from './resolvers/organisation.resolver.js';
import { VolunteerMutationResolver } from './resolvers/volunteer-mutation.resolver.js';
import { VolunteerRelationsResolver } from './resolvers/volunteer-relations.resolver.js';
import { VolunteerResolver } from './resolvers/volunteer.resolver.js';
import { routes } from './routes.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

/** At every start: settings checked, then the seed. */
async function onStart(em: EntityManager) {
  checkConfig();
  await seed(em);
}

/** Volunteers, their work and its statistics; personal data guarded here, whatever path a request takes. */
export const volunteers: SubgraphDefinition = {
  name: 'volunteers',
  entities: [Volunteer, Consent, Compliance, Engagement, Opportunity, Interest, Assignment, HoursEntry],
  migrations,
  resolvers: [
    VolunteerResolver,
    VolunteerRelationsResolver,
    VolunteerMutationResolver,
    ExportResolver,
    ComplianceResolver,
    OpportunityResolver,
    InterestResolver,
    AssignmentResolver,
    EngagementResolver,
    MatchingResolver,
    MunicipalityVolunteersResolver,
    OrganisationVolunteersResolver,
    AgreementVolunteersResolver,
  ],
  orphanedTypes: STUBS,
  referenceResolvers,
  seed: onStart,
  routes,
};
