import type { Caller } from '../common/auth.js';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { isActivityCode } from '../common/taxonomy.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Today as YYYY-MM-DD (UTC), the form every date here is kept in. */
export const today = () => new Date().toISOString().slice(0, 10);

export function requireText(field: string, value: string | null | undefined): string {
  const text = value?.trim();
  if (!text) throw new BadUserInputError(field, 'must not be empty');
  return text;
}

export function checkEmail(field: string, value: string | null | undefined) {
  if (value != null && !EMAIL.test(value)) throw new BadUserInputError(field, `"${value}" is not an e-mail address`);
}

export function checkActivity(field: string, code: string) {
  if (!isActivityCode(code)) throw new BadUserInputError(field, `"${code}" is not an activity code of the shared taxonomy`);
}

export function checkPeriod(prefix: string, startDate: string, endDate: string | null | undefined) {
  if (endDate && endDate < startDate) throw new BadUserInputError(`${prefix}.endDate`, `${endDate} is before the start date ${startDate}`);
}

export function checkBirthYear(field: string, year: number | null | undefined) {
  const now = new Date().getUTCFullYear();
  if (year != null && (year < now - 110 || year > now - 13)) throw new BadUserInputError(field, `must be between ${now - 110} and ${now - 13}`);
}

/** Organisations act for themselves, municipalities for themselves, admins for anyone. */
export function requireCoordinatorOf(caller: Caller, target: { organisationId?: string | null; municipalityCode?: string | null }, action: string) {
  if (caller.role === 'admin') return;
  if (caller.role === 'organisation' && target.organisationId && caller.organisationId === target.organisationId) return;
  if (caller.role === 'municipality' && target.municipalityCode && caller.municipalityCode === target.municipalityCode) return;
  if (caller.role === 'anonymous') throw new UnauthenticatedError(`${action} needs a signed-in caller`);
  throw new ForbiddenError(`${action}: you are not a coordinator for this`);
}
