import { AreaLevel, COUNTRY_CODE } from '../enums.js';
import { areaOf, areaProblem } from './areas.js';

/** Most periods `latest` takes. */
const MAX_LATEST = 100;

/** What is wrong with `latest=N`, or null: a whole number from 1 to MAX_LATEST. */
export function latestProblem(latest: number): string | null {
  return Number.isInteger(latest) && latest >= 1 && latest <= MAX_LATEST
    ? null
    : `${latest} is not a number of periods from 1 to ${MAX_LATEST}`;
}

/** What is wrong with an area grouping, or null: a county (its municipalities and itself) or "NO" (every area). */
export function withinProblem(code: string): string | null {
  const area = areaOf(code);
  if (!area) return areaProblem(code);
  if (area.level === AreaLevel.MUNICIPALITY)
    return `"${code}" is a municipality, which groups no other area: give a county (2 digits) or "${COUNTRY_CODE}"`;
  return null;
}
