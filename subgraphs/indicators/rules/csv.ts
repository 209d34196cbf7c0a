import { stringify } from 'csv-stringify/sync';
import { areaOf } from './areas.js';
import { areaLabel, areaRef, categories, citation, indicatorLabel, unitLabel, type ExportData, type Language } from './cells.js';
import { statusCode } from './status.js';

export const CSV_COLUMNS = [
  'indicator',
  'indicator_name',
  'unit',
  'area',
  'area_ref',
  'area_name',
  'area_level',
  'period',
  'period_start',
  'period_end',
  'value',
  'low',
  'high',
  'status',
  'status_symbol',
  'note',
  'source',
  'updated',
] as const;

const AREA_COLUMN = CSV_COLUMNS.indexOf('area');

/**
 * One row per observation, in the same order as the JSON-stat cube (indicator,
 * area, period); empty where a value is null, with the status in words and as its
 * SSB symbol (rules/status.ts). RFC 4180 with a header row. The area code is always
 * quoted, and `area_ref` carries it with its kind in front ("K-0301"), so that no
 * reader turns Oslo's 0301 into the number 301.
 */
export function toCsv(data: ExportData, lang: Language): string {
  const byCode = new Map(data.indicators.map((i) => [i.code, i]));
  const { indicators, areas, periods } = categories(data);
  const rank = (list: string[]) => new Map(list.map((x, i) => [x, i]));
  const [ir, ar, pr] = [rank(indicators), rank(areas), rank(periods)];
  const at = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  const rows = [...data.observations].sort(
    (a, b) =>
      at(ir, a.indicatorCode) - at(ir, b.indicatorCode) || at(ar, a.areaCode) - at(ar, b.areaCode) || at(pr, a.period) - at(pr, b.period),
  );
  return stringify(
    rows.flatMap((o) => {
      const indicator = byCode.get(o.indicatorCode);
      if (!indicator) return [];
      const { status, symbol } = statusCode(o.status);
      return [
        [
          o.indicatorCode,
          indicatorLabel(indicator, lang),
          unitLabel(indicator, lang),
          o.areaCode,
          areaRef(o.areaCode),
          areaLabel(o.areaCode, lang),
          areaOf(o.areaCode)?.level ?? o.areaLevel,
          o.period,
          o.periodStart,
          o.periodEnd,
          o.value,
          o.low,
          o.high,
          status,
          symbol,
          o.note,
          o.source ?? citation(indicator),
          o.updatedAt.toISOString(),
        ],
      ];
    }),
    {
      header: true,
      columns: [...CSV_COLUMNS],
      cast: { number: (n) => String(n), string: (value, context) => (context.column === AREA_COLUMN ? { value, quoted: true } : value) },
    },
  );
}
