/**
 * The one definition of "now" and "today" in Samspill. Agreements end, certificates
 * expire and hours are logged on Norwegian calendar days, so "today" is the date in
 * Europe/Oslo, never the UTC date (which is yesterday's between 00:00 and 01:00/02:00).
 * Everything that asks the time takes a Clock, so tests can set it (`fixedClock`).
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Norway, YYYY-MM-DD. */
  today(): string;
  /** This year in Norway. */
  year(): number;
}

const NORWAY_TIME_ZONE = 'Europe/Oslo';

const norwegianDate = new Intl.DateTimeFormat('en-CA', { timeZone: NORWAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Norway (YYYY-MM-DD). */
export const dateInNorway = (instant: Date): string => norwegianDate.format(instant);

/** A clock reading `now` from the given source. */
export function clockOf(now: () => Date): Clock {
  return {
    now,
    today: () => dateInNorway(now()),
    year: () => Number(dateInNorway(now()).slice(0, 4)),
  };
}

/** The machine's clock. */
export const systemClock: Clock = clockOf(() => new Date());

/**
 * A clock stopped at one instant: an ISO instant ("2031-01-01T09:00:00Z") or a date
 * ("2031-01-01", read as noon in Norway so it is that day in every time zone).
 */
export function fixedClock(at: string | Date): Clock {
  const instant = at instanceof Date ? at : new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+01:00` : at);
  if (Number.isNaN(instant.getTime())) throw new Error(`fixedClock: "${String(at)}" is not an instant or a date`);
  return clockOf(() => new Date(instant));
}

/** `date` plus `days` calendar days (YYYY-MM-DD in and out; negative days go back). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` plus `years` years (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
