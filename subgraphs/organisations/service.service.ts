import type { EntityManager } from '@mikro-orm/knex';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Caller } from '../common/auth.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { isActivityCode, isTargetGroupCode } from '../common/taxonomy.js';
import { foldForSearch } from '../common/text.js';
import { requireManage } from './access.js';
import { Organisation } from './entities/organisation.entity.js';
import { Service } from './entities/service.entity.js';
import { ServiceMunicipality } from './entities/service-municipality.entity.js';
import { ServiceTerm, type TermScheme } from './entities/service-term.entity.js';
import type { CreateServiceInput, ServicePatch } from './service.input.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;
const SCALARS = ['name', 'description', 'locationDescription', 'eligibility', 'email', 'phone', 'website', 'status'] as const;

function validate(patch: ServicePatch) {
  if (patch.name !== undefined && !patch.name?.trim()) throw new BadUserInputError('input.name', 'must not be empty');
  patch.activities?.forEach((code, i) => {
    if (!isActivityCode(code)) throw new BadUserInputError(`input.activities[${i}]`, `"${code}" is not an activity code (see the activities query)`);
  });
  patch.targetGroups?.forEach((code, i) => {
    if (!isTargetGroupCode(code)) throw new BadUserInputError(`input.targetGroups[${i}]`, `"${code}" is not a target-group code (see the targetGroups query)`);
  });
  if (patch.email && !EMAIL.test(patch.email)) throw new BadUserInputError('input.email', `"${patch.email}" is not an e-mail address`);
  if (patch.website && !URL_PATTERN.test(patch.website)) throw new BadUserInputError('input.website', 'must be an http(s) URL');
}

async function owner(em: EntityManager, caller: Caller, organisationId: string, action: string, field?: string) {
  const organisation = await em.findOne(Organisation, { id: organisationId });
  if (!organisation) {
    if (field) throw new BadUserInputError(field, `no organisation has id ${organisationId}`);
    throw new NotFoundError('Organisation', organisationId);
  }
  requireManage(caller, organisation, action);
}

/** Writes the patch, replacing terms and municipalities that it gives. Inside a transaction. */
async function write(tx: EntityManager, service: Service, patch: ServicePatch, existed: boolean) {
  for (const field of SCALARS) {
    if (patch[field] !== undefined) (service as unknown as Record<string, unknown>)[field] = field === 'name' ? patch.name!.trim() : patch[field];
  }
  // Any update, even one of terms only, bumps the version.
  if (existed) service.updatedAt = new Date();
  service.searchText = foldForSearch(`${service.name} ${service.description ?? ''}`);
  await tx.flush();
  const terms: [TermScheme, string[] | null | undefined][] = [['activity', patch.activities], ['target_group', patch.targetGroups]];
  for (const [scheme, codes] of terms) {
    if (codes === undefined) continue;
    if (existed) await tx.nativeDelete(ServiceTerm, { serviceId: service.id, scheme });
    for (const code of new Set(codes ?? [])) tx.create(ServiceTerm, { serviceId: service.id, scheme, code });
  }
  if (patch.municipalityCodes !== undefined) {
    if (existed) await tx.nativeDelete(ServiceMunicipality, { serviceId: service.id });
    for (const code of new Set(patch.municipalityCodes ?? [])) tx.create(ServiceMunicipality, { serviceId: service.id, municipalityCode: code });
  }
  await tx.flush();
}

export async function createService(em: EntityManager, caller: Caller, input: CreateServiceInput, id?: string): Promise<Service> {
  await owner(em, caller, input.organisationId, 'createService', 'input.organisationId');
  validate(input);
  return em.transactional(async (tx) => {
    const service = tx.create(Service, { ...(id ? { id } : {}), organisationId: input.organisationId, name: input.name, searchText: '' } as Service);
    await write(tx, service, input, false);
    return service;
  });
}

export async function updateService(em: EntityManager, caller: Caller, id: string, version: number, patch: ServicePatch): Promise<Service> {
  const service = await em.findOne(Service, { id });
  if (!service) throw new NotFoundError('Service', id);
  await owner(em, caller, service.organisationId, 'updateService');
  if (service.version !== version) throw new ConflictError('Service', id, version, service.version);
  validate(patch);
  try {
    return await em.transactional(async (tx) => {
      const row = await tx.findOneOrFail(Service, { id }, { refresh: true });
      if (row.version !== version) throw new ConflictError('Service', id, version, row.version);
      await write(tx, row, patch, true);
      return row;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError('Service', id, version, (await em.fork().findOneOrFail(Service, { id })).version);
    }
    throw error;
  }
}
