import { stringify } from 'csv-stringify/sync';
import { areaOf } from '../areas.js';
import { areaLabel, categories, citation, indicatorLabel, type ExportData, type Language } from './cells.js';

export const CSV_COLUMNS = [
  'indicator', 'indicator_name', 'unit', 'area', 'area_name', 'area_level', 'period', 'period_start', 'period_end',
  'value', 'low', 'high', 'status', 'note', 'source', 'updated',
] as const;

/**
 * One row per observation, in the same order as the JSON-stat cube (indicator,
 * area, period); empty where a value is null. RFC 4180 with a header row.
 */
export function toCsv(data: ExportData, lang: Language): string {
  const byCode = new Map(data.indicators.map((i) => [i.code, i]));
  const { indicators, areas, periods } = categories(data);
  const rank = (list: string[]) => new Map(list.map((x, i) => [x, i]));
  const [ir, ar, pr] = [rank(indicators), rank(areas), rank(periods)];
  const rows = [...data.observations].sort(
    (a, b) => ir.get(a.indicatorCode)! - ir.get(b.indicatorCode)! || ar.get(a.areaCode)! - ar.get(b.areaCode)! || pr.get(a.period)! - pr.get(b.period)!,
  );
  return stringify(
    rows.map((o) => {
      const indicator = byCode.get(o.indicatorCode)!;
      return [
        o.indicatorCode, indicatorLabel(indicator, lang), indicator.unit, o.areaCode, areaLabel(o.areaCode, lang), areaOf(o.areaCode)?.level ?? o.areaLevel,
        o.period, o.periodStart, o.periodEnd, o.value, o.low, o.high, o.status, o.note, o.source ?? citation(indicator), o.updatedAt.toISOString(),
      ];
    }),
    { header: true, columns: [...CSV_COLUMNS], cast: { number: (n) => String(n) } },
  );
}
