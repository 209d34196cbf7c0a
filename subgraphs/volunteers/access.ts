import type { Caller } from '../common/auth.js';
import type { Volunteer } from './entities/volunteer.entity.js';

/**
 * Deny by default: may this caller read this volunteer's personal fields?
 * The volunteer and admins may. (Organisations and municipalities with an
 * engagement or assignment come with the volunteers issue.)
 */
export function maySeePersonalData(caller: Caller, volunteer: Volunteer): boolean {
  if (volunteer.erasedAt) return false;
  return caller.role === 'admin' || (caller.role === 'volunteer' && caller.volunteerId === volunteer.id);
}
