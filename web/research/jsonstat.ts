/** The part of a JSON-stat 2.0 dataset the page reads (as the indicators exports write it). */
export interface Dataset {
  id: string[];
  size: number[];
  dimension: Record<
    string,
    {
      label: string;
      category: { index: string[]; label: Record<string, string>; unit?: Record<string, { label: string; decimals: number }> };
    }
  >;
  value: (number | null)[];
  status?: Record<string, string>;
  extension?: { status?: Record<string, string>; low?: (number | null)[]; high?: (number | null)[] };
}

export interface Cell {
  indicator: string;
  area: string;
  areaLabel: string;
  period: string;
  value: number | null;
  low: number | null;
  /** The SSB symbol ("*", ":", ".."), or null for a final value. */
  status: string | null;
}

/** Every cell of an indicator × area × period cube, in row-major order. */
export function cellsOf(ds: Dataset): Cell[] {
  const [indicators, areas, periods] = ['indicator', 'area', 'period'].map((id) => ds.dimension[id]?.category.index ?? []);
  const cells: Cell[] = [];
  indicators.forEach((indicator, i) =>
    areas.forEach((area, a) =>
      periods.forEach((period, p) => {
        const at = (i * areas.length + a) * periods.length + p;
        cells.push({
          indicator,
          area,
          period,
          areaLabel: ds.dimension.area.category.label[area] ?? area,
          value: ds.value[at] ?? null,
          low: ds.extension?.low?.[at] ?? null,
          status: ds.status?.[String(at)] ?? null,
        });
      }),
    ),
  );
  return cells;
}
