import { dateProblem } from '../common/scalars.js';

/** A year ("2014") or a date range ("2026-01-01/2026-06-30"), as start and end dates; null when malformed. */
export function parsePeriod(period: string): { start: string; end: string } | null {
  if (/^\d{4}$/.test(period)) return { start: `${period}-01-01`, end: `${period}-12-31` };
  const [start, end, ...rest] = period.split('/');
  if (rest.length || !start || !end || dateProblem(start) || dateProblem(end) || start > end) return null;
  return { start, end };
}
