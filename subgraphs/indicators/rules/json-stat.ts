import type { Indicator } from '../entities/indicator.entity.js';
import { areaLabel, areaVintageNote, categories, citation, indicatorLabel, unitLabel, type ExportData, type Language } from './cells.js';
import { EMPTY_CELL_SYMBOL, STATUS_CODES, statusNote, statusSymbol } from './status.js';

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
  dimension: Record<
    string,
    { label: string; note?: string[]; category: Record<string, unknown> & { index: string[]; label: Record<string, string> } }
  >;
  value: (number | null)[];
  status?: Record<string, string>;
  note: string[];
  extension: {
    /** The status code list (rules/status.ts): symbol → meaning, in the dataset's language. */
    status: Record<string, string>;
    low?: (number | null)[];
    high?: (number | null)[];
  };
}

const indexOf = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));

const TEXT = {
  nb: {
    label: 'Samspill: indikatorer for samarbeid mellom kommuner og frivillig sektor',
    dimensions: { indicator: 'indikator', area: 'område', period: 'periode' },
    range: 'Der kilden gir et intervall, er value null og extension.low / extension.high holder det.',
  },
  en: {
    label: 'Samspill: indicators of cooperation between municipalities and the voluntary sector',
    dimensions: { indicator: 'indicator', area: 'area', period: 'period' },
    range: 'Where the source gives a range, value is null and extension.low / extension.high hold it.',
  },
} as const;

/**
 * The observations as one dense cube over indicator × area × period, in row-major
 * order (the last dimension, period, varies fastest). Every cell has a status from the
 * one code list; cells no observation fills are null and ".." (not available).
 * Ranges travel in `extension.low/high`, aligned with `value`.
 */
export function toJsonStat(data: ExportData, lang: Language, now: Date): JsonStatDataset {
  const { indicators, areas, periods } = categories(data);
  const byCode = new Map<string, Indicator>(data.indicators.map((i) => [i.code, i]));
  const size = [indicators.length, areas.length, periods.length];
  const cells = size.reduce((a, b) => a * b, 1);
  const value: (number | null)[] = new Array(cells).fill(null);
  const low: (number | null)[] = new Array(cells).fill(null);
  const high: (number | null)[] = new Array(cells).fill(null);
  const filled = new Array<boolean>(cells).fill(false);
  const status: Record<string, string> = {};
  const [ii, ai, pi] = [indexOf(indicators), indexOf(areas), indexOf(periods)];
  for (const o of data.observations) {
    const at = ((ii.get(o.indicatorCode) ?? 0) * size[1] + (ai.get(o.areaCode) ?? 0)) * size[2] + (pi.get(o.period) ?? 0);
    value[at] = o.value;
    low[at] = o.low;
    high[at] = o.high;
    filled[at] = true;
    const symbol = statusSymbol(o.status);
    if (symbol) status[at] = symbol;
  }
  filled.forEach((isFilled, at) => {
    if (!isFilled) status[at] = EMPTY_CELL_SYMBOL;
  });
  const used = indicators.flatMap((code) => byCode.get(code) ?? []);
  const updated = data.observations.reduce<Date | null>((max, o) => (max && max >= o.updatedAt ? max : o.updatedAt), null) ?? now;
  const ranged = data.observations.some((o) => o.low != null || o.high != null);
  const text = TEXT[lang];
  return {
    version: '2.0',
    class: 'dataset',
    label: text.label,
    source: [...new Set(used.map(citation))].join('; '),
    updated: updated.toISOString(),
    id: ['indicator', 'area', 'period'],
    size,
    role: { metric: ['indicator'], geo: ['area'], time: ['period'] },
    dimension: {
      indicator: {
        label: text.dimensions.indicator,
        category: {
          index: indicators,
          label: Object.fromEntries(used.map((i) => [i.code, indicatorLabel(i, lang)])),
          unit: Object.fromEntries(used.map((i) => [i.code, { label: unitLabel(i, lang), decimals: i.decimals }])),
          note: Object.fromEntries(used.map((i) => [i.code, [citation(i), i.method]])),
        },
      },
      area: {
        label: text.dimensions.area,
        note: [areaVintageNote(lang)],
        category: { index: areas, label: Object.fromEntries(areas.map((a) => [a, areaLabel(a, lang)])) },
      },
      period: { label: text.dimensions.period, category: { index: periods, label: Object.fromEntries(periods.map((p) => [p, p])) } },
    },
    value,
    ...(Object.keys(status).length ? { status } : {}),
    note: [statusNote(lang), text.range],
    extension: {
      status: Object.fromEntries(STATUS_CODES.filter((c) => c.symbol).map((c) => [c.symbol, c.label[lang]])),
      ...(ranged ? { low, high } : {}),
    },
  };
}
