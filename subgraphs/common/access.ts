import type { Caller, Role } from './auth.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** Refuses a caller whose role is not among `roles`: anonymous callers get UNAUTHENTICATED, others FORBIDDEN. */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (roles.includes(caller.role)) return;
  if (caller.role === 'anonymous') throw new UnauthenticatedError(`${action} needs a signed-in caller`);
  throw new ForbiddenError(`${action} is not allowed for the ${caller.role} role`);
}
