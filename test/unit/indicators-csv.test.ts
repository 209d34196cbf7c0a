import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../subgraphs/indicators/rules/csv.js';
import { toJsonStat } from '../../subgraphs/indicators/rules/json-stat.js';
import { expectSameCells, exportFixture } from './indicators-export-helpers.js';
import { testClock } from '../helpers/clock.js';

describe('CSV export', () => {
  const data = exportFixture();
  const csv = toCsv(data, 'nb');

  it('has a header and one row per observation', () => {
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.observations.length);
  });

  it('holds the same cells as the JSON-stat export, in the same order', () => {
    const rows = expectSameCells(csv, toJsonStat(data, 'nb', testClock().now()));
    expect(rows.map((r) => `${r.indicator}/${r.area}/${r.period}`).slice(0, 4)).toEqual([
      'agreements_total/NO/2025',
      'agreements_total/56/2025',
      'agreements_total/1505/2026-01-01/2026-06-30',
      'agreements_total/5601/2025',
    ]);
  });

  it('writes ranges, statuses, names and the source', () => {
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.area === 'NO' && r.indicator === 'volunteer_hours')).toMatchObject({
      value: '',
      low: '500',
      high: '900',
      status: 'final',
      area_name: 'Norge',
      area_level: 'country',
    });
    expect(rows.find((r) => r.area === '1505' && r.indicator === 'volunteer_hours')).toMatchObject({
      value: '',
      status: 'suppressed',
      area_name: 'Kristiansund',
    });
    expect(rows[0].source).toBe('Kilde for agreements_total. 2014. https://example.org');
    expect(toCsv(data, 'en')).toContain('agreements_total en');
  });
});
