import type { EntityManager } from '@mikro-orm/knex';
import { systemClock } from '../common/clock.js';
import { createLogger } from '../common/logger.js';
import { resolverContainer, type SubgraphDefinition, type SubgraphEnvironment } from '../common/server.js';
import { organisationsClient, type OrganisationsClient } from './clients/organisations.client.js';
import { agreementsSettings } from './config.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { AuditEntry } from './entities/audit-entry.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';
import { exportRoutes } from './http/export.routes.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { AgreementFieldsResolver } from './resolvers/agreement-fields.resolver.js';
import { AgreementMutationResolver } from './resolvers/agreement-mutation.resolver.js';
import { AgreementResolver } from './resolvers/agreement.resolver.js';
import { MunicipalityAgreementsResolver } from './resolvers/municipality.resolver.js';
import { OrganisationAgreementsResolver } from './resolvers/organisation.resolver.js';
import { AgreementPartyResolver } from './resolvers/party.resolver.js';
import { AgreementStatusResolver } from './resolvers/status.resolver.js';
import { seed } from './seed/index.js';
import { expirySweeps } from './services/expiry.service.js';
import { STUBS } from './stubs.js';

interface AgreementsOptions extends SubgraphEnvironment {
  /** How party organisations are checked and named (default: the organisations subgraph over HTTP, at ORGANISATIONS_URL). */
  organisations?: OrganisationsClient;
}

/** The agreements subgraph: settings read once here, the organisations client and the clock handed to the resolvers. */
export function createAgreements({ env = process.env, clock = systemClock, organisations }: AgreementsOptions = {}): SubgraphDefinition {
  const settings = agreementsSettings(env);
  const client = organisations ?? organisationsClient(settings.organisations);
  const sweeps = expirySweeps(clock, settings.expirySweepIntervalMs, createLogger('agreements'));
  return {
    name: 'agreements',
    clock,
    entities: [Agreement, AgreementParty, Commitment, Requirement, Funding, Contact, AgreementDocument, AuditEntry],
    migrations,
    resolvers: [
      AgreementResolver,
      AgreementFieldsResolver,
      AgreementMutationResolver,
      AgreementStatusResolver,
      MunicipalityAgreementsResolver,
      OrganisationAgreementsResolver,
      AgreementPartyResolver,
    ],
    orphanedTypes: STUBS,
    referenceResolvers,
    seed,
    // The stored status catches up with the clock at every start (also with SEED=false) and then on a schedule;
    // reads never wait for it: they show the status today from the end date.
    onStart: (em: EntityManager) => sweeps.start(em),
    onClose: () => sweeps.stop(),
    limits: settings.limits,
    container: resolverContainer({ organisations: client }),
    routes: exportRoutes(client),
  };
}
