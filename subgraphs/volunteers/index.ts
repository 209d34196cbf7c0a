import { systemClock } from '../common/clock.js';
import { resolverContainer, type SubgraphDefinition, type SubgraphEnvironment } from '../common/server.js';
import { createSubgraphClient } from '../common/subgraph-client.js';
import { VolunteerAccess } from './access.js';
import { agreementDirectory, type AgreementDirectory } from './clients/agreements.client.js';
import { volunteersSettings, type VolunteersSettings } from './config.js';
import { Assignment } from './entities/assignment.entity.js';
import { ComplianceRecord } from './entities/compliance-record.entity.js';
import { Consent } from './entities/consent.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Interest } from './entities/interest.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { exportRoutes } from './http/export.routes.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { AgreementVolunteersResolver } from './resolvers/agreement.resolver.js';
import { AssignmentResolver, EngagementResolver } from './resolvers/assignment.resolver.js';
import { ComplianceRecordResolver } from './resolvers/compliance-record.resolver.js';
import { ComplianceResolver } from './resolvers/compliance.resolver.js';
import { ExportResolver } from './resolvers/export.resolver.js';
import { MatchingResolver } from './resolvers/matching.resolver.js';
import { MunicipalityVolunteersResolver } from './resolvers/municipality.resolver.js';
import { InterestResolver, OpportunityResolver } from './resolvers/opportunity.resolver.js';
import { OrganisationVolunteersResolver } from './resolvers/organisation.resolver.js';
import { VolunteerMutationResolver } from './resolvers/volunteer-mutation.resolver.js';
import { VolunteerRelationsResolver } from './resolvers/volunteer-relations.resolver.js';
import { VolunteerResolver } from './resolvers/volunteer.resolver.js';
import { seed } from './seed/index.js';
import type { StatsSettings } from './stats/stats.build.js';
import { STUBS } from './stubs.js';

/** What every resolver of this subgraph is constructed with (resolverContainer). */
export interface VolunteersDeps {
  settings: VolunteersSettings;
  stats: StatsSettings;
  /** The agreements subgraph, asked on the caller's behalf. */
  agreements: AgreementDirectory;
  /** Who sees and does what: the one access rule. */
  access: VolunteerAccess;
}

/** What createVolunteers takes besides the environment: a stand-in agreement directory for tests. */
export interface VolunteersEnvironment extends SubgraphEnvironment {
  agreements?: AgreementDirectory;
}

/**
 * Volunteers, their work and its statistics; personal data guarded here, whatever path a
 * request takes. Settings are read and checked here, once, so a bad value stops the
 * subgraph at start whether or not it seeds.
 */
export function createVolunteers({ env = process.env, clock = systemClock, agreements }: VolunteersEnvironment = {}): SubgraphDefinition {
  const settings = volunteersSettings(env);
  const directory = agreements ?? agreementDirectory(createSubgraphClient(settings.agreements));
  const access = new VolunteerAccess(directory);
  const deps: VolunteersDeps = {
    settings,
    stats: { threshold: settings.suppressionThreshold, hoursPerFte: settings.hoursPerFte },
    agreements: directory,
    access,
  };
  return {
    name: 'volunteers',
    clock,
    entities: [Volunteer, Consent, ComplianceRecord, Engagement, Opportunity, Interest, Assignment, HoursEntry],
    migrations,
    resolvers: [
      VolunteerResolver,
      VolunteerRelationsResolver,
      VolunteerMutationResolver,
      ExportResolver,
      ComplianceResolver,
      ComplianceRecordResolver,
      OpportunityResolver,
      InterestResolver,
      AssignmentResolver,
      EngagementResolver,
      MatchingResolver,
      MunicipalityVolunteersResolver,
      OrganisationVolunteersResolver,
      AgreementVolunteersResolver,
    ],
    limits: settings.limits,
    container: resolverContainer(deps),
    orphanedTypes: STUBS,
    referenceResolvers: referenceResolvers(access),
    seed,
    routes: exportRoutes,
  };
}
