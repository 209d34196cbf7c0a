import type { EntityManager } from '@mikro-orm/knex';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Caller } from '../common/auth.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { requireManage } from './access.js';
import { ChangeKind, OrganisationStatus } from './enums.js';
import { Organisation } from './entities/organisation.entity.js';
import { changedFields, currentFields, patchProblems, PATCH_FIELDS, type OrganisationPatch } from './organisation-fields.js';
import { newOrganisation, patchOrganisation, replaceServed, servedCodes } from './organisation.store.js';
import { recordChange, withWriteLock } from './write-lock.js';

export { searchTextOf } from './organisation.store.js';

function requireValid(patch: OrganisationPatch) {
  const [first] = patchProblems(patch, 'input');
  if (first) throw new BadUserInputError(first.field, first.message);
}

/** Rules that need the database: a free orgNumber, an existing parent that is not the record itself. */
async function checkState(em: EntityManager, patch: OrganisationPatch, self?: Organisation) {
  if (patch.orgNumber) {
    const holder = await em.findOne(Organisation, { orgNumber: patch.orgNumber });
    if (holder && holder.id !== self?.id) {
      throw new BadUserInputError('input.orgNumber', `${patch.orgNumber} is already registered to "${holder.name}" (${holder.id})`);
    }
  }
  if (patch.parentId) {
    if (patch.parentId === self?.id) throw new BadUserInputError('input.parentId', 'an organisation cannot be its own parent');
    if (!(await em.findOne(Organisation, { id: patch.parentId }))) throw new BadUserInputError('input.parentId', `no organisation has id ${patch.parentId}`);
  }
}

export async function createOrganisation(em: EntityManager, patch: OrganisationPatch): Promise<Organisation> {
  requireValid(patch);
  await checkState(em, patch);
  return withWriteLock(em, async (tx) => {
    const organisation = newOrganisation(tx, patch);
    await tx.flush();
    await replaceServed(tx, organisation.id, patch.municipalityCodes ?? [], false);
    recordChange(tx, organisation, ChangeKind.CREATED, PATCH_FIELDS.filter((f) => patch[f] != null));
    await tx.flush();
    return organisation;
  });
}

/** The change kind of an update: leaving the active status is a deactivation. */
const kindOf = (before: OrganisationStatus, after: OrganisationStatus) =>
  before === OrganisationStatus.ACTIVE && after !== OrganisationStatus.ACTIVE ? ChangeKind.DEACTIVATED : ChangeKind.UPDATED;

/** Updates an organisation the caller may manage, if `version` is still current; writes nothing when nothing changes. */
export async function updateOrganisation(em: EntityManager, caller: Caller, id: string, version: number, patch: OrganisationPatch): Promise<Organisation> {
  const organisation = await em.findOne(Organisation, { id });
  if (!organisation) throw new NotFoundError('Organisation', id);
  requireManage(caller, organisation, 'updateOrganisation');
  if (caller.role !== 'admin' && patch.parentId !== undefined && patch.parentId !== organisation.parentId) {
    throw new ForbiddenError('updateOrganisation: only an admin may move an organisation to another parent');
  }
  if (organisation.version !== version) throw new ConflictError('Organisation', id, version, organisation.version);
  requireValid(patch);
  await checkState(em, patch, organisation);
  const served = (await servedCodes(em, [id])).get(id)!;
  const changed = changedFields(currentFields(organisation, served), patch);
  if (changed.length === 0) return organisation;
  const before = organisation.status;
  try {
    return await withWriteLock(em, async (tx) => {
      // Read again under the lock: the check above may have raced another writer.
      const row = await tx.findOneOrFail(Organisation, { id }, { refresh: true });
      if (row.version !== version) throw new ConflictError('Organisation', id, version, row.version);
      patchOrganisation(row, patch);
      await tx.flush();
      if (changed.includes('municipalityCodes')) await replaceServed(tx, id, patch.municipalityCodes ?? [], true);
      recordChange(tx, row, kindOf(before, row.status), changed);
      await tx.flush();
      return row;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      const current = await em.fork().findOneOrFail(Organisation, { id });
      throw new ConflictError('Organisation', id, version, current.version);
    }
    throw error;
  }
}
