import type { Indicator } from '../entities/indicator.entity.js';
import { areaLabel, categories, citation, indicatorLabel, statusSymbol, type ExportData, type Language } from './cells.js';

/** A JSON-stat 2.0 dataset (https://json-stat.org/format/), as far as Samspill writes one. */
export interface JsonStatDataset {
  version: '2.0';
  class: 'dataset';
  label: string;
  source: string;
  updated: string;
  id: string[];
  size: number[];
  role: { metric: string[]; geo: string[]; time: string[] };
  /** Category index as an array of ids: object keys that look like numbers (county "56") would not keep their order. */
  dimension: Record<string, { label: string; category: Record<string, unknown> & { index: string[]; label: Record<string, string> } }>;
  value: (number | null)[];
  status?: Record<string, string>;
  note: string[];
  extension?: { low: (number | null)[]; high: (number | null)[] };
}

const indexOf = (ids: string[]) => Object.fromEntries(ids.map((id, i) => [id, i]));

/**
 * The observations as one dense cube over indicator × area × period, in row-major
 * order (the last dimension, period, varies fastest). Cells no observation fills
 * are null; ranges travel in `extension.low/high`, aligned with `value`.
 */
export function toJsonStat(data: ExportData, lang: Language, now: Date = new Date()): JsonStatDataset {
  const { indicators, areas, periods } = categories(data);
  const byCode = new Map<string, Indicator>(data.indicators.map((i) => [i.code, i]));
  const size = [indicators.length, areas.length, periods.length];
  const cells = size.reduce((a, b) => a * b, 1);
  const value: (number | null)[] = new Array(cells).fill(null);
  const low: (number | null)[] = new Array(cells).fill(null);
  const high: (number | null)[] = new Array(cells).fill(null);
  const status: Record<string, string> = {};
  const [ii, ai, pi] = [indexOf(indicators), indexOf(areas), indexOf(periods)];
  for (const o of data.observations) {
    const at = (ii[o.indicatorCode] * size[1] + ai[o.areaCode]) * size[2] + pi[o.period];
    value[at] = o.value;
    low[at] = o.low;
    high[at] = o.high;
    const symbol = statusSymbol(o.status);
    if (symbol) status[at] = symbol;
  }
  const used = indicators.map((code) => byCode.get(code)!);
  const updated = data.observations.reduce<Date | null>((max, o) => (max && max >= o.updatedAt ? max : o.updatedAt), null) ?? now;
  const ranged = data.observations.some((o) => o.low != null || o.high != null);
  return {
    version: '2.0',
    class: 'dataset',
    label: lang === 'en' ? 'Samspill: indicators of cooperation between municipalities and the voluntary sector' : 'Samspill: indikatorer for samarbeid mellom kommuner og frivillig sektor',
    source: [...new Set(used.map(citation))].join('; '),
    updated: updated.toISOString(),
    id: ['indicator', 'area', 'period'],
    size,
    role: { metric: ['indicator'], geo: ['area'], time: ['period'] },
    dimension: {
      indicator: {
        label: lang === 'en' ? 'indicator' : 'indikator',
        category: {
          index: indicators,
          label: Object.fromEntries(used.map((i) => [i.code, indicatorLabel(i, lang)])),
          unit: Object.fromEntries(used.map((i) => [i.code, { label: i.unit, decimals: i.decimals }])),
          note: Object.fromEntries(used.map((i) => [i.code, [citation(i), i.method]])),
        },
      },
      area: { label: lang === 'en' ? 'area' : 'område', category: { index: areas, label: Object.fromEntries(areas.map((a) => [a, areaLabel(a, lang)])) } },
      period: { label: lang === 'en' ? 'period' : 'periode', category: { index: periods, label: Object.fromEntries(periods.map((p) => [p, p])) } },
    },
    value,
    ...(Object.keys(status).length ? { status } : {}),
    note: [
      'Status: ":" = suppressed (prikket, too few people), ".." = missing, "p" = provisional; no status = final.',
      'Where the source gives a range, value is null and extension.low / extension.high hold it.',
    ],
    ...(ranged ? { extension: { low, high } } : {}),
  };
}
