import type { EntityManager } from '@mikro-orm/knex';
import { requireRole } from '../../common/access.js';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { Organisation } from '../entities/organisation.entity.js';
import { SyncSource } from '../entities/sync-source.entity.js';
import { SOURCE_PATTERN } from './sync.validate.js';

function checkName(source: string) {
  if (!SOURCE_PATTERN.test(source)) throw new BadUserInputError('source', `"${source}" must be 1-63 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit`);
}

/**
 * Who may sync `source`, and for whom: an admin any source without limits
 * (returns null); an organisation only a source registered to it, and then
 * only for its own chapters (returns its id).
 */
export async function sourceOwner(em: EntityManager, caller: Caller, source: string): Promise<string | null> {
  requireRole(caller, ['admin', 'organisation'], 'syncOrganisations');
  checkName(source);
  if (caller.role === 'admin') return null;
  const registered = await em.findOne(SyncSource, { source });
  if (!registered || registered.ownerOrganisationId !== caller.organisationId) {
    throw new ForbiddenError(`syncOrganisations: source "${source}" is not registered to your organisation; an admin registers sources (registerSyncSource)`);
  }
  return caller.organisationId!;
}

/** Registers (or re-assigns) a source to an organisation, or to admins only when the owner is null. */
export async function registerSource(em: EntityManager, caller: Caller, source: string, ownerOrganisationId: string | null): Promise<SyncSource> {
  requireRole(caller, ['admin'], 'registerSyncSource');
  checkName(source);
  if (ownerOrganisationId && !(await em.findOne(Organisation, { id: ownerOrganisationId }))) {
    throw new BadUserInputError('ownerOrganisationId', `no organisation has id ${ownerOrganisationId}`);
  }
  const row = (await em.findOne(SyncSource, { source })) ?? em.create(SyncSource, { source, createdAt: new Date() } as SyncSource);
  row.ownerOrganisationId = ownerOrganisationId;
  await em.flush();
  return row;
}
