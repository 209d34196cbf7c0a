import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import { ForbiddenError } from '../common/errors.js';
import type { Organisation } from './entities/organisation.entity.js';

/*
 * Who may write what (DESIGN.md): an admin anything; an organisation its own record,
 * its chapters (records whose parent it is) and their services, and registry syncs of
 * a source registered to it; a municipality its own volunteer policy and coordinator.
 * Everyone, signed in or not, reads the whole catalogue.
 */

export function mayManage(caller: Caller, organisation: Pick<Organisation, 'id' | 'parentId'>): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role !== 'organisation') return false;
  return organisation.id === caller.organisationId || organisation.parentId === caller.organisationId;
}

export function requireManage(caller: Caller, organisation: Pick<Organisation, 'id' | 'parentId' | 'name'>, action: string): void {
  requireRole(caller, ['admin', 'organisation'], action);
  if (!mayManage(caller, organisation)) {
    throw new ForbiddenError(`${action}: "${organisation.name}" is neither your organisation nor one of its chapters`);
  }
}

/** Admins register any organisation; an organisation only its own chapters. */
export function requireCreateOrganisation(caller: Caller, parentId: string | null | undefined): void {
  requireRole(caller, ['admin', 'organisation'], 'createOrganisation');
  if (caller.role === 'organisation' && parentId !== caller.organisationId) {
    throw new ForbiddenError('an organisation may only create its own chapters (parentId must be your organisation)');
  }
}

/** Only an admin moves an organisation to another parent. */
export function requireMove(caller: Caller, organisation: Pick<Organisation, 'parentId'>, parentId: string | null | undefined): void {
  if (caller.role !== 'admin' && parentId !== undefined && parentId !== organisation.parentId) {
    throw new ForbiddenError('updateOrganisation: only an admin may move an organisation to another parent');
  }
}

export function requireMunicipality(caller: Caller, code: string, action: string): void {
  requireRole(caller, ['admin', 'municipality'], action);
  if (caller.role === 'municipality' && caller.municipalityCode !== code) {
    throw new ForbiddenError(`${action}: a municipality may change only its own record (${caller.municipalityCode}), not ${code}`);
  }
}

/** Admins and organisations may sync at all; which source an organisation may sync is `syncOwner`. */
export function requireSync(caller: Caller): void {
  requireRole(caller, ['admin', 'organisation'], 'syncOrganisations');
}

/**
 * For whom `caller` syncs `source`, given the source's registration (null when it has
 * none): an admin any source, without limits (null); an organisation only a source
 * registered to it, and then only for its own chapters (its id).
 */
export function syncOwner(caller: Caller, source: string, registration: { ownerOrganisationId: string | null } | null): string | null {
  if (caller.role === 'admin') return null;
  if (caller.role !== 'organisation' || !registration || registration.ownerOrganisationId !== caller.organisationId) {
    throw new ForbiddenError(
      `syncOrganisations: source "${source}" is not registered to your organisation; an admin registers sources (registerSyncSource)`,
    );
  }
  return caller.organisationId;
}

export function requireRegisterSource(caller: Caller): void {
  requireRole(caller, ['admin'], 'registerSyncSource');
}
