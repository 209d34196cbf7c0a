import type { Indicator } from '../entities/indicator.entity.js';
import type { Observation } from '../entities/observation.entity.js';
import { AreaLevel, COUNTRY_CODE } from '../enums.js';
import { areaOf, areaOrder } from './areas.js';

/** What an export is made of: the selected observations and the definitions of their indicators. */
export interface ExportData {
  observations: Observation[];
  indicators: Indicator[];
}

export type Language = 'nb' | 'en';

export const indicatorLabel = (i: Indicator, lang: Language) => (lang === 'en' ? i.nameEn : i.nameNb);
export const unitLabel = (i: Indicator, lang: Language) => (lang === 'en' && i.unitEn ? i.unitEn : i.unit);
export const areaLabel = (code: string, lang: Language) =>
  code === COUNTRY_CODE && lang === 'en' ? 'Norway' : (areaOf(code)?.label ?? code);

/** The area code with its kind in front, "K-0301", "F-03", "NO": text in every reader, so the leading zero stays. */
export function areaRef(code: string): string {
  const level = areaOf(code)?.level;
  return level === AreaLevel.MUNICIPALITY ? `K-${code}` : level === AreaLevel.COUNTY ? `F-${code}` : code;
}

/** Which division the area codes follow (SSB Klass 131 and 104); figures from earlier years are given under the 2024 code. */
export const AREA_VINTAGE = '2024';
export const areaVintageNote = (lang: Language) =>
  lang === 'en'
    ? `Area codes of the ${AREA_VINTAGE} division (SSB classifications 131, municipalities, and 104, counties); figures for earlier years are given under the ${AREA_VINTAGE} code of the same municipality.`
    : `Områdekoder etter inndelingen ${AREA_VINTAGE} (SSB Klass 131, kommuner, og 104, fylker); tall for tidligere år er gitt under ${AREA_VINTAGE}-koden for samme kommune.`;

/** A citation of an indicator's source, as researchers quote it. */
export const citation = (i: Indicator) => [i.sourcePublication, i.sourceYear, i.sourceUrl].filter((p) => p != null && p !== '').join('. ');

/** Periods in time order: by start, then end (the shorter first), then as written. */
function periodOrder(
  a: Pick<Observation, 'period' | 'periodStart' | 'periodEnd'>,
  b: Pick<Observation, 'period' | 'periodStart' | 'periodEnd'>,
): number {
  return a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd) || a.period.localeCompare(b.period);
}

/** The categories of each dimension, in export order: indicators by code, areas country-county-municipality, periods by time. */
export function categories(data: ExportData) {
  const indicators = [...new Set(data.observations.map((o) => o.indicatorCode))].sort();
  const areas = [...new Set(data.observations.map((o) => o.areaCode))].sort((a, b) => areaOrder(a).localeCompare(areaOrder(b)));
  const periods = [...new Map(data.observations.map((o) => [o.period, o])).values()].sort(periodOrder).map((o) => o.period);
  return { indicators, areas, periods };
}
