import type { EntityManager } from '@mikro-orm/knex';
import type { SubgraphDefinition } from '../common/server.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { AuditEntry } from './entities/audit-entry.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';
import { sweepExpired } from './expiry.service.js';
import { exportRoutes } from './export/routes.js';
import { migrations } from './migrations/index.js';
import { httpOrganisationDirectory, type HttpDirectoryOptions, type OrganisationDirectory } from './organisation-directory.js';
import { referenceResolvers } from './reference.js';
import { AgreementFieldsResolver } from './resolvers/agreement-fields.resolver.js';
import { AgreementMutationResolver } from './resolvers/agreement-mutation.resolver.js';
import { AgreementResolver } from './resolvers/agreement.resolver.js';
import { MunicipalityAgreementsResolver } from './resolvers/municipality.resolver.js';
import { OrganisationAgreementsResolver } from './resolvers/organisation.resolver.js';
import { seed } from './seed.js';
import { STUBS } from './stubs.js';

export interface AgreementsOptions {
  /** How party organisations are checked and named (default: the organisations subgraph over HTTP). */
  organisations?: OrganisationDirectory;
  /** Where and how patiently to ask the organisations subgraph, when `organisations` is not given. */
  organisationsHttp?: HttpDirectoryOptions;
}

/** At every start: the seed, then the expiry sweep (agreements whose end date passed while the service was down). */
async function onStart(em: EntityManager) {
  await seed(em);
  await sweepExpired(em);
}

/** The agreements subgraph; tests inject a directory or point it at an organisations subgraph of their own. */
export function createAgreements(options: AgreementsOptions = {}): SubgraphDefinition {
  const directory = options.organisations ?? httpOrganisationDirectory(options.organisationsHttp);
  const mutations = new AgreementMutationResolver(directory);
  const instances = new Map<Function, object>([[AgreementMutationResolver, mutations]]);
  return {
    name: 'agreements',
    entities: [Agreement, AgreementParty, Commitment, Requirement, Funding, Contact, AgreementDocument, AuditEntry],
    migrations,
    resolvers: [AgreementResolver, AgreementFieldsResolver, AgreementMutationResolver, MunicipalityAgreementsResolver, OrganisationAgreementsResolver],
    orphanedTypes: STUBS,
    referenceResolvers,
    seed: onStart,
    container: {
      get: (cls: new () => object) => {
        if (!instances.has(cls)) instances.set(cls, new cls());
        return instances.get(cls)!;
      },
    },
    routes: exportRoutes(directory),
  };
}

/** Collaboration agreements, contracts and grants between municipalities and organisations. */
export const agreements: SubgraphDefinition = createAgreements();
