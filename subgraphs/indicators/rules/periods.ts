import { BadUserInputError } from '../../common/errors.js';
import { dateProblem } from '../../common/scalars.js';

interface PeriodRange {
  start: string;
  end: string;
}

const YEAR = /^\d{4}$/;

/**
 * What is wrong with a period, or null when it is well formed: a year ("2014") or
 * an ISO 8601 interval of two calendar dates ("2026-01-01/2026-06-30"), start not after end.
 */
export function periodProblem(period: string): string | null {
  if (YEAR.test(period)) return null;
  const parts = period.split('/');
  if (parts.length !== 2) return `"${period}" is not a period: give a year (2026) or a date range (2026-01-01/2026-06-30)`;
  const [start, end] = parts;
  const startProblem = dateProblem(start);
  if (startProblem) return `"${period}" starts with "${start}", which ${startProblem}`;
  const endProblem = dateProblem(end);
  if (endProblem) return `"${period}" ends with "${end}", which ${endProblem}`;
  if (start > end) return `"${period}" ends before it starts`;
  return null;
}

/** A year or a date range as start and end dates; null when malformed. */
export function parsePeriod(period: string): PeriodRange | null {
  if (periodProblem(period)) return null;
  if (YEAR.test(period)) return { start: `${period}-01-01`, end: `${period}-12-31` };
  const [start, end] = period.split('/');
  return { start, end };
}

/** A period's start and end, or BAD_USER_INPUT naming `field` and what is wrong. */
export function checkedPeriod(field: string, period: string): PeriodRange {
  const range = parsePeriod(period);
  if (!range) throw new BadUserInputError(field, periodProblem(period) ?? `"${period}" is not a period`);
  return range;
}

/** Whether a period is a whole calendar year ("2026"). */
export const isYear = (period: string) => YEAR.test(period);
