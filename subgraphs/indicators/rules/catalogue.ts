import type { Indicator } from '../entities/indicator.entity.js';
import type { AreaLevel } from '../enums.js';
import { AREA_VINTAGE, areaVintageNote, citation, indicatorLabel, unitLabel, type Language } from './cells.js';
import { STATUS_CODES } from './status.js';

/** What the catalogue says of one indicator, besides its definition. */
interface TableFactsView {
  periods: string[];
  areaLevels: AreaLevel[];
  observations: number;
  updated: Date | null;
}

const DIMENSION_LABELS = {
  nb: { indicator: 'indikator', area: 'område', period: 'periode' },
  en: { indicator: 'indicator', area: 'area', period: 'period' },
} as const;

/** One table of the catalogue: an indicator with its dimensions, periods, unit, source, method, last update and area vintage. */
function table(indicator: Indicator, facts: TableFactsView, lang: Language) {
  const labels = DIMENSION_LABELS[lang];
  const query = `indicators=${encodeURIComponent(indicator.code)}${lang === 'en' ? '&lang=en' : ''}`;
  return {
    id: indicator.code,
    label: indicatorLabel(indicator, lang),
    description: indicator.description,
    topic: indicator.topic,
    unit: { label: unitLabel(indicator, lang), decimals: indicator.decimals },
    source: {
      publication: indicator.sourcePublication,
      year: indicator.sourceYear,
      url: indicator.sourceUrl,
      citation: citation(indicator),
    },
    method: indicator.method,
    published: indicator.published,
    live: indicator.live,
    updated: facts.updated?.toISOString() ?? null,
    observations: facts.observations,
    periods: facts.periods,
    areaLevels: facts.areaLevels,
    areaVintage: AREA_VINTAGE,
    dimensions: [
      { id: 'indicator', label: labels.indicator, role: 'metric', values: [indicator.code] },
      { id: 'area', label: labels.area, role: 'geo', levels: facts.areaLevels, vintage: AREA_VINTAGE },
      { id: 'period', label: labels.period, role: 'time', values: facts.periods },
    ],
    links: { jsonStat: `/export/observations.json-stat?${query}`, csv: `/export/observations.csv?${query}` },
  };
}

/**
 * The table catalogue (`GET /export/tables`), after PxWebApi's: every indicator the caller
 * may see, the status code list and the area classification, in the asked language.
 */
export function toCatalogue(entries: { indicator: Indicator; facts: TableFactsView }[], lang: Language, now: Date) {
  const updated = entries.reduce<Date | null>(
    (max, { facts }) => (facts.updated && (!max || facts.updated > max) ? facts.updated : max),
    null,
  );
  return {
    language: lang,
    updated: (updated ?? now).toISOString(),
    areaVintage: AREA_VINTAGE,
    areaVintageNote: areaVintageNote(lang),
    statusCodes: STATUS_CODES.map((c) => ({ status: c.status, symbol: c.symbol || null, label: c.label[lang] })),
    selection:
      lang === 'en'
        ? 'GET /export/observations.csv or .json-stat with indicators, areas, within (a county code or NO), areaLevel, periods, latest (N) and lang (nb, en).'
        : 'GET /export/observations.csv eller .json-stat med indicators, areas, within (fylkesnummer eller NO), areaLevel, periods, latest (N) og lang (nb, en).',
    tables: entries.map(({ indicator, facts }) => table(indicator, facts, lang)),
  };
}
