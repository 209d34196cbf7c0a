import type { SubgraphDefinition } from '../common/server.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { migrations } from './migrations/index.js';
import { referenceResolvers } from './reference.js';
import { AgreementResolver } from './resolvers/agreement.resolver.js';
import { MunicipalityAgreementsResolver } from './resolvers/municipality.resolver.js';
import { OrganisationAgreementsResolver } from './resolvers/organisation.resolver.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

/** Collaboration agreements, contracts and grants between municipalities and organisations. */
export const agreements: SubgraphDefinition = {
  name: 'agreements',
  entities: [Agreement, AgreementParty],
  migrations,
  resolvers: [AgreementResolver, MunicipalityAgreementsResolver, OrganisationAgreementsResolver],
  orphanedTypes: STUBS,
  referenceResolvers,
  seed,
};
