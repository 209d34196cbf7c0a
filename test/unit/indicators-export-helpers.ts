import { parse } from 'csv-parse/sync';
import JSONstat from 'jsonstat-toolkit';
import { expect } from 'vitest';
import type { JsonStatDataset } from '../../subgraphs/indicators/rules/json-stat.js';
import type { Indicator } from '../../subgraphs/indicators/entities/indicator.entity.js';
import type { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { AreaLevel, ObservationStatus as S } from '../../subgraphs/indicators/enums.js';
import type { ExportData } from '../../subgraphs/indicators/rules/cells.js';
import { areaOf } from '../../subgraphs/indicators/rules/areas.js';
import { parsePeriod } from '../../subgraphs/indicators/rules/periods.js';

const indicator = (code: string, published = true) =>
  ({
    code,
    nameNb: `${code} nb`,
    nameEn: `${code} en`,
    description: '',
    unit: 'timer',
    decimals: 0,
    topic: 't',
    sourcePublication: `Kilde for ${code}`,
    sourceYear: 2014,
    sourceUrl: 'https://example.org',
    method: 'm',
    published,
    live: false,
  }) as Indicator;

let n = 0;
const obs = (
  indicatorCode: string,
  areaCode: string,
  period: string,
  value: number | null,
  status = S.FINAL,
  extra: Partial<Observation> = {},
) =>
  ({
    id: `o${n++}`,
    indicatorCode,
    areaLevel: areaOf(areaCode)?.level ?? AreaLevel.COUNTRY,
    areaCode,
    period,
    periodStart: parsePeriod(period)!.start,
    periodEnd: parsePeriod(period)!.end,
    value,
    low: null,
    high: null,
    status,
    note: null,
    source: null,
    updatedAt: new Date(`2026-11-0${1 + (n % 9)}T10:00:00Z`),
    ...extra,
  }) as Observation;

/**
 * Two indicators over municipalities, a county and the country, three periods
 * (one a date range), with a suppressed, a missing, a provisional and a range
 * cell, in scrambled order so the export has to sort.
 */
export function exportFixture(): ExportData {
  return {
    indicators: [indicator('volunteer_hours'), indicator('agreements_total')],
    observations: [
      obs('volunteer_hours', '5601', '2026', 144, S.PROVISIONAL),
      obs('volunteer_hours', '1505', '2026', null, S.SUPPRESSED),
      obs('agreements_total', 'NO', '2025', 9),
      obs('volunteer_hours', '56', '2025', 120),
      obs('agreements_total', '5601', '2025', 1),
      obs('volunteer_hours', 'NO', '2025', null, S.FINAL, { low: 500, high: 900 }),
      obs('volunteer_hours', '5601', '2025', 120),
      obs('agreements_total', '1505', '2026-01-01/2026-06-30', null, S.MISSING),
      obs('agreements_total', '56', '2025', 1),
    ],
  };
}

/** Checks a JSON-stat 2.0 dataset against the rules of the format, independent of how it was built. */
export function expectConsistent(ds: JsonStatDataset) {
  expect(ds).toMatchObject({ version: '2.0', class: 'dataset' });
  expect(ds.id).toHaveLength(ds.size.length);
  expect(Object.keys(ds.dimension).sort()).toEqual([...ds.id].sort());
  ds.id.forEach((id, k) => {
    const { index, label } = ds.dimension[id].category;
    expect(index, id).toHaveLength(ds.size[k]);
    expect(new Set(index).size, `${id}: ids are unique`).toBe(index.length);
    expect(Object.keys(label).sort(), id).toEqual([...index].sort());
  });
  expect(ds.value).toHaveLength(ds.size.reduce((a, b) => a * b, 1));
  for (const key of Object.keys(ds.status ?? {})) expect(Number(key)).toBeLessThan(ds.value.length);
  for (const list of [ds.extension.low, ds.extension.high]) if (list) expect(list).toHaveLength(ds.value.length);
  expect(ds.role).toEqual({ metric: ['indicator'], geo: ['area'], time: ['period'] });
  expect(ds.source.length).toBeGreaterThan(0);
  expect(Number.isNaN(Date.parse(ds.updated))).toBe(false);
}

const SYMBOLS: Record<string, string | null> = { final: null, provisional: '*', suppressed: ':', missing: '..' };

/** Every CSV row is a cell of the JSON-stat cube with the same value and status, and every filled cell is a CSV row. */
export function expectSameCells(csv: string, jsonStat: object) {
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  const cube = JSONstat(structuredClone(jsonStat));
  for (const row of rows) {
    const cell = cube.Data({ indicator: row.indicator, area: row.area, period: row.period });
    expect(cell, `${row.indicator} ${row.area} ${row.period}`).not.toBeNull();
    expect(cell!.value).toBe(row.value === '' ? null : Number(row.value));
    expect(cell!.status).toBe(SYMBOLS[row.status]);
  }
  const filled = cube.value.filter((v) => v !== null).length;
  expect(rows.filter((r) => r.value !== '')).toHaveLength(filled);
  return rows;
}
