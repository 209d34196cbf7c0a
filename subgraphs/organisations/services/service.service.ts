import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { requireManage } from '../access.js';
import { ServiceStatus } from '../enums.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Service } from '../entities/service.entity.js';
import { ServiceMunicipality } from '../entities/service-municipality.entity.js';
import { ServiceTerm, type TermScheme } from '../entities/service-term.entity.js';
import type { CreateServiceInput } from '../inputs/service.input.js';
import { nextUpdatedAt, searchTextOf } from '../rules/record.js';
import { checkServicePatch, SERVICE_COLUMNS, type ServicePatch } from '../rules/service-fields.js';

/** The caller must manage the organisation that offers the service; `field` names the input when the organisation is unknown. */
async function requireOwner(em: EntityManager, caller: Caller, organisationId: string, action: string, field?: string) {
  const organisation = await em.findOne(Organisation, { id: organisationId });
  if (!organisation) {
    if (field) throw new BadUserInputError(field, `no organisation has id ${organisationId}`);
    throw new NotFoundError('Organisation', organisationId);
  }
  requireManage(caller, organisation, action);
}

/** Writes the patch onto a service that is being created or is loaded in `tx`, replacing the terms and municipalities it gives. */
async function write(tx: EntityManager, service: Service, patch: ServicePatch, existed: boolean, now: Date) {
  for (const field of SERVICE_COLUMNS) {
    const value = field === 'name' ? patch.name?.trim() : patch[field];
    if (value !== undefined) Object.assign(service, { [field]: value });
  }
  // Any update, even one of terms only, moves updatedAt and so the version.
  if (existed) service.updatedAt = nextUpdatedAt(service.updatedAt, now);
  service.searchText = searchTextOf(service);
  await tx.flush();
  const terms: [TermScheme, string[] | null | undefined][] = [
    ['activity', patch.activities],
    ['target_group', patch.targetGroups],
  ];
  for (const [scheme, codes] of terms) {
    if (codes === undefined) continue;
    if (existed) await tx.nativeDelete(ServiceTerm, { serviceId: service.id, scheme });
    for (const code of new Set(codes ?? [])) tx.create(ServiceTerm, { serviceId: service.id, scheme, code });
  }
  if (patch.municipalityCodes !== undefined) {
    if (existed) await tx.nativeDelete(ServiceMunicipality, { serviceId: service.id });
    for (const code of new Set(patch.municipalityCodes ?? []))
      tx.create(ServiceMunicipality, { serviceId: service.id, municipalityCode: code });
  }
}

/** Adds a service: admins for any organisation, an organisation for itself and its chapters. */
export async function createService({ em, caller, clock }: Context, input: CreateServiceInput): Promise<Service> {
  await requireOwner(em, caller, input.organisationId, 'createService', 'input.organisationId');
  checkServicePatch(input);
  return em.transactional(async (tx) => {
    const now = clock.now();
    const service = tx.create(Service, { organisationId: input.organisationId, name: input.name, createdAt: now, updatedAt: now });
    await write(tx, service, input, false, now);
    await tx.flush();
    return service;
  });
}

/** Updates a service of an organisation the caller manages, if `version` is still current. */
export async function updateService({ em, caller, clock }: Context, id: string, version: number, patch: ServicePatch): Promise<Service> {
  const service = await em.findOne(Service, { id });
  if (!service) throw new NotFoundError('Service', id);
  await requireOwner(em, caller, service.organisationId, 'updateService');
  assertVersion('Service', id, version, service.version);
  checkServicePatch(patch);
  return versionedWrite(em, { entity: Service, label: 'Service', id, version }, (row, tx) => write(tx, row, patch, true, clock.now()));
}

/** Marks a service inactive, if `version` is still current. */
export const deactivateService = (ctx: Context, id: string, version: number) =>
  updateService(ctx, id, version, { status: ServiceStatus.INACTIVE });
