import { areaOf, areaOrder } from '../areas.js';
import type { Indicator } from '../entities/indicator.entity.js';
import type { Observation } from '../entities/observation.entity.js';
import { ObservationStatus } from '../enums.js';
import { UnreachableCaseError } from '../../common/errors.js';

/** What an export is made of: the selected observations and the definitions of their indicators. */
export interface ExportData {
  observations: Observation[];
  indicators: Indicator[];
}

export type Language = 'nb' | 'en';

export const indicatorLabel = (i: Indicator, lang: Language) => (lang === 'en' ? i.nameEn : i.nameNb);
export const areaLabel = (code: string, lang: Language) => (code === 'NO' && lang === 'en' ? 'Norway' : (areaOf(code)?.label ?? code));

/** A citation of an indicator's source, as researchers quote it. */
export const citation = (i: Indicator) => [i.sourcePublication, i.sourceYear, i.sourceUrl].filter((p) => p != null && p !== '').join('. ');

/**
 * JSON-stat status symbols, as statistics offices use them (SSB, Eurostat):
 * ":" confidential (suppressed), ".." not available, "p" provisional; final values carry none.
 */
export function statusSymbol(status: ObservationStatus): string | null {
  switch (status) {
    case ObservationStatus.FINAL:
      return null;
    case ObservationStatus.PROVISIONAL:
      return 'p';
    case ObservationStatus.SUPPRESSED:
      return ':';
    case ObservationStatus.MISSING:
      return '..';
    default:
      throw new UnreachableCaseError(status);
  }
}

/** The categories of each dimension, in export order: indicators by code, areas country-county-municipality, periods by time. */
export function categories(data: ExportData) {
  const indicators = [...new Set(data.observations.map((o) => o.indicatorCode))].sort();
  const areas = [...new Set(data.observations.map((o) => o.areaCode))].sort((a, b) => areaOrder(a).localeCompare(areaOrder(b)));
  const periodRows = new Map(data.observations.map((o) => [o.period, o]));
  const periods = [...periodRows.keys()].sort((a, b) => {
    const x = periodRows.get(a)!;
    const y = periodRows.get(b)!;
    return x.periodStart.localeCompare(y.periodStart) || x.periodEnd.localeCompare(y.periodEnd) || a.localeCompare(b);
  });
  return { indicators, areas, periods };
}
