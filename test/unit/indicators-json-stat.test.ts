import JSONstat from 'jsonstat-toolkit';
import { describe, expect, it } from 'vitest';
import { toJsonStat } from '../../subgraphs/indicators/rules/json-stat.js';
import { expectConsistent, exportFixture } from './indicators-export-helpers.js';
import { testClock } from '../helpers/clock.js';

describe('JSON-stat 2.0 export', () => {
  const data = exportFixture();
  const ds = toJsonStat(data, 'nb', testClock().now());

  it('is internally consistent: id, size, dimensions and value agree', () => {
    expectConsistent(ds);
    expect(ds.id).toEqual(['indicator', 'area', 'period']);
    expect(ds.size).toEqual([2, 4, 3]);
  });

  it('orders categories: indicators by code, country-county-municipality, periods by time', () => {
    expect(ds.dimension.indicator.category.index).toEqual(['agreements_total', 'volunteer_hours']);
    expect(ds.dimension.area.category.index).toEqual(['NO', '56', '1505', '5601']);
    // Same start: the shorter period first.
    expect(ds.dimension.period.category.index).toEqual(['2025', '2026-01-01/2026-06-30', '2026']);
    expect(ds.dimension.area.category.label).toMatchObject({ NO: 'Norge', '56': 'Finnmark', '5601': 'Alta' });
  });

  it('puts every observation at its row-major index (period fastest), with status symbols', () => {
    const pos = (i: string, a: string, p: string) => {
      const idx = (dim: string, c: string) => ds.dimension[dim].category.index.indexOf(c);
      return (idx('indicator', i) * ds.size[1] + idx('area', a)) * ds.size[2] + idx('period', p);
    };
    for (const o of data.observations) expect(ds.value[pos(o.indicatorCode, o.areaCode, o.period)], o.id).toBe(o.value);
    // By hand: (volunteer_hours 1 × 4 areas + 5601 at 3) × 3 periods + 2026 at 2 = 23
    expect(ds.value[23]).toBe(144);
    const filled = new Set(data.observations.map((o) => pos(o.indicatorCode, o.areaCode, o.period)));
    const empty = ds.value.flatMap((_, at) => (filled.has(at) ? [] : [[String(at), '..']]));
    expect(ds.status).toEqual({
      [pos('volunteer_hours', '1505', '2026')]: ':',
      [pos('agreements_total', '1505', '2026-01-01/2026-06-30')]: '..',
      [pos('volunteer_hours', '5601', '2026')]: '*',
      // A cell no observation fills is not available either
      ...Object.fromEntries(empty),
    });
    expect(empty.length).toBe(24 - data.observations.length);
    expect(ds.extension.status).toMatchObject({
      '*': expect.stringMatching(/foreløpig/),
      ':': expect.stringMatching(/prikket/),
      '..': expect.stringMatching(/mangler/),
    });
    expect(ds.extension.low![pos('volunteer_hours', 'NO', '2025')]).toBe(500);
    expect(ds.extension.high![pos('volunteer_hours', 'NO', '2025')]).toBe(900);
    expect(ds.value.filter((v) => v !== null)).toHaveLength(6);
  });

  it('sets source and updated from the indicators and the newest observation', () => {
    expect(ds.source).toBe('Kilde for agreements_total. 2014. https://example.org; Kilde for volunteer_hours. 2014. https://example.org');
    const newest = data.observations.map((o) => o.updatedAt.getTime()).reduce((a, b) => Math.max(a, b));
    expect(ds.updated).toBe(new Date(newest).toISOString());
    expect(ds.dimension.indicator.category.unit).toMatchObject({ volunteer_hours: { label: 'timer', decimals: 0 } });
  });

  it('reads back with jsonstat-toolkit, cell by cell', () => {
    const read = JSONstat(JSON.parse(JSON.stringify(ds)));
    expect(read.class).toBe('dataset');
    expect(read.id).toEqual(['indicator', 'area', 'period']);
    expect(read.Dimension('area')!.role).toBe('geo');
    expect(read.Dimension('period')!.role).toBe('time');
    expect(read.Dimension('indicator')!.role).toBe('metric');
    expect(read.Dimension('area')!.Category('5601')!.label).toBe('Alta');
    for (const o of data.observations) {
      const cell = read.Data({ indicator: o.indicatorCode, area: o.areaCode, period: o.period })!;
      expect(cell.value, o.id).toBe(o.value);
    }
    expect(read.Data({ indicator: 'volunteer_hours', area: '1505', period: '2026' })).toEqual({ value: null, status: ':' });
    expect(read.Data({ indicator: 'volunteer_hours', area: '5601', period: '2026' })).toEqual({ value: 144, status: '*' });
    expect(read.Data({ indicator: 'agreements_total', area: '5601', period: '2026' })).toEqual({ value: null, status: '..' });
  });

  it('is an empty but valid cube for an empty selection', () => {
    const now = testClock().now();
    const empty = toJsonStat({ observations: [], indicators: [] }, 'en', now);
    expect(empty.size).toEqual([0, 0, 0]);
    expect(empty.value).toEqual([]);
    expect(empty.updated).toBe(now.toISOString());
    expect(JSONstat(empty).n).toBe(0);
  });
});
