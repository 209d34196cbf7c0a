import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { check } from '../../common/validators.js';
import { requireRegisterSource } from '../access.js';
import { Organisation } from '../entities/organisation.entity.js';
import { SyncSource } from '../entities/sync-source.entity.js';
import { sourceNameProblem } from '../sync/sync.validate.js';

/** Admins: registers (or re-assigns) a sync source to an organisation, or to admins only when the owner is null. */
export async function registerSyncSource(
  { em, caller, clock }: Context,
  source: string,
  ownerOrganisationId: string | null,
): Promise<SyncSource> {
  requireRegisterSource(caller);
  check('source', sourceNameProblem(source));
  if (ownerOrganisationId && !(await em.findOne(Organisation, { id: ownerOrganisationId }))) {
    throw new BadUserInputError('ownerOrganisationId', `no organisation has id ${ownerOrganisationId}`);
  }
  const row = (await em.findOne(SyncSource, { source })) ?? em.create(SyncSource, { source, createdAt: clock.now() });
  row.ownerOrganisationId = ownerOrganisationId;
  await em.flush();
  return row;
}
