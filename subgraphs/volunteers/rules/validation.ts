import { BadUserInputError } from '../../common/errors.js';
import {
  EMAIL_TEXT,
  LINE,
  activityProblem,
  check,
  emailProblem,
  optionalTextProblem,
  periodProblem,
  textProblem,
  yearProblem,
} from '../../common/validators.js';

export { requireText } from '../../common/validators.js';

/*
 * Input rules of the volunteers subgraph, on top of the shared ones (common/validators.ts).
 * Each throws BAD_USER_INPUT naming the field and the rule, before anything is written.
 */

export const checkActivity = (field: string, code: string) => check(field, activityProblem(code));

/** An end date (if any) not before the start date; `prefix` names the input ("input" → "input.endDate"). */
export const checkPeriod = (prefix: string, startDate: string, endDate: string | null | undefined) =>
  check(`${prefix}.endDate`, periodProblem(startDate, endDate ?? null));

/** Volunteers are 13 to 110 years old in `thisYear`. */
function birthYearProblem(year: number, thisYear: number): string | null {
  return year < thisYear - 110 || year > thisYear - 13 ? `must be between ${thisYear - 110} and ${thisYear - 13}` : null;
}

const LANGUAGE = /^[a-z]{2,3}$/;
const languageProblem = (code: string) => (LANGUAGE.test(code) ? null : `"${code}" is not an ISO 639 language code`);

/** What a profile input may carry (VolunteerInput). */
interface ProfileInput {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  skills?: readonly string[] | null;
  birthYear?: number | null;
  languages?: readonly string[] | null;
  activities?: readonly string[] | null;
}

/** Checks a profile before anything is written; `creating` needs a name. */
export function checkProfile(input: ProfileInput, creating: boolean, thisYear: number) {
  if (creating || input.name !== undefined) check('input.name', textProblem(input.name?.trim() ?? '', LINE));
  check('input.email', optionalTextProblem(input.email, EMAIL_TEXT));
  if (input.email != null) check('input.email', emailProblem(input.email));
  check('input.phone', optionalTextProblem(input.phone, LINE));
  for (const [i, skill] of (input.skills ?? []).entries()) check(`input.skills[${i}]`, textProblem(skill.trim(), LINE));
  if (input.birthYear != null) check('input.birthYear', birthYearProblem(input.birthYear, thisYear));
  for (const [i, code] of (input.languages ?? []).entries()) check(`input.languages[${i}]`, languageProblem(code));
  for (const [i, code] of (input.activities ?? []).entries()) checkActivity(`input.activities[${i}]`, code);
}

/** A date that has happened (verified, signed, completed, worked) cannot be after today. */
export function checkNotFuture(field: string, date: string, today: string) {
  if (date > today) throw new BadUserInputError(field, `${date} is in the future`);
}

/** Years statistics can be asked for. */
const STATS_YEARS = { min: 1990, max: 2100 } as const;
export const checkStatsYear = (year: number) => check('year', yearProblem(year, STATS_YEARS));
