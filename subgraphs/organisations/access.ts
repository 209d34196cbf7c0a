import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import { ForbiddenError } from '../common/errors.js';
import type { Organisation } from './entities/organisation.entity.js';

/**
 * DESIGN.md: an admin may write anything; an organisation its own record, its
 * chapters (records whose parent it is) and their services; a municipality
 * its own volunteer policy and coordinator.
 */
export function mayManage(caller: Caller, organisation: Pick<Organisation, 'id' | 'parentId'>): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role !== 'organisation' || !caller.organisationId) return false;
  return organisation.id === caller.organisationId || organisation.parentId === caller.organisationId;
}

export function requireManage(caller: Caller, organisation: Pick<Organisation, 'id' | 'parentId' | 'name'>, action: string): void {
  requireRole(caller, ['admin', 'organisation'], action);
  if (!mayManage(caller, organisation)) {
    throw new ForbiddenError(`${action}: "${organisation.name}" is neither your organisation nor one of its chapters`);
  }
}

export function requireMunicipality(caller: Caller, code: string, action: string): void {
  requireRole(caller, ['admin', 'municipality'], action);
  if (caller.role === 'municipality' && caller.municipalityCode !== code) {
    throw new ForbiddenError(`${action}: a municipality may change only its own record (${caller.municipalityCode}), not ${code}`);
  }
}
