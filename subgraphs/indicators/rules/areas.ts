import { BadUserInputError } from '../../common/errors.js';
import { COUNTIES, isCountyCode, MUNICIPALITIES, municipalityByCode } from '../../common/municipalities.js';
import { AreaLevel, COUNTRY_CODE } from '../enums.js';

export interface Area {
  code: string;
  level: AreaLevel;
  label: string;
  /** The county of a municipality, the country of a county; null for the country. */
  parent: string | null;
}

const countyNames = new Map(COUNTIES.map((c) => [c.code, c.name]));

/** An area code of the 2024 division: a municipality (4 digits), a county (2 digits) or "NO"; null when unknown. */
export function areaOf(code: string): Area | null {
  if (code === COUNTRY_CODE) return { code, level: AreaLevel.COUNTRY, label: 'Norge', parent: null };
  const county = isCountyCode(code) ? countyNames.get(code) : undefined;
  if (county) return { code, level: AreaLevel.COUNTY, label: county, parent: COUNTRY_CODE };
  const municipality = municipalityByCode(code);
  if (municipality) return { code, level: AreaLevel.MUNICIPALITY, label: municipality.name, parent: municipality.countyCode };
  return null;
}

/** What is wrong with an area code, or null when it exists. */
export function areaProblem(code: string): string | null {
  if (areaOf(code)) return null;
  if (/^\d{4}$/.test(code)) return `"${code}" is not a municipality in the 2024 division`;
  if (/^\d{2}$/.test(code)) return `"${code}" is not a county in the 2024 division`;
  return `"${code}" is not an area code: give a municipality (4 digits), a county (2 digits) or "${COUNTRY_CODE}" for the whole country`;
}

/** The area of a code, or BAD_USER_INPUT naming `field` and what is wrong. */
export function checkedArea(field: string, code: string): Area {
  const area = areaOf(code);
  if (!area) throw new BadUserInputError(field, areaProblem(code) ?? `"${code}" is not an area code`);
  return area;
}

/** The municipalities of a county, or of the whole country ("NO"), by code. */
export function municipalitiesIn(code: string): string[] {
  return MUNICIPALITIES.filter((m) => code === COUNTRY_CODE || m.countyCode === code).map((m) => m.code);
}

/** Sort key that puts the country first, then counties, then municipalities, each by code. */
export const areaOrder = (code: string) => `${code === COUNTRY_CODE ? 0 : code.length === 2 ? 1 : 2}:${code}`;
