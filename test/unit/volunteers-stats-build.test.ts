import { describe, expect, it } from 'vitest';
import { buildStats } from '../../subgraphs/volunteers/stats/stats.build.js';
import { linkedSuppression } from '../../subgraphs/volunteers/stats/stats.linked.js';
import type { KeyAggregates, OrganisationCell } from '../../subgraphs/volunteers/stats/stats.query.js';

const settings = { threshold: 5, hoursPerFte: 1695 };
const cell = (key: string, people: number, hours: number) => ({ key, people, hours });
const table = (
  total: [number, number],
  byActivity: [string, number, number][],
  byAgeBand: [string, number, number][] = [],
): KeyAggregates => ({
  total: { people: total[0], hours: total[1] },
  byActivity: byActivity.map(([k, p, h]) => cell(k, p, h)),
  byAgeBand: byAgeBand.map(([k, p, h]) => cell(k, p, h)),
});

describe('buildStats', () => {
  it('publishes totals and cells over the threshold, with FTE from hours', () => {
    const stats = buildStats(2025, table([12, 660], [['meal_delivery', 12, 660]], [['67_plus', 12, 660]]), settings);
    expect(stats).toMatchObject({
      year: 2025,
      activeVolunteers: 12,
      hours: 660,
      fullTimeEquivalents: 0.39,
      suppressed: false,
      threshold: 5,
    });
    expect(stats.byActivity).toEqual([
      { key: 'meal_delivery', activeVolunteers: 12, hours: 660, fullTimeEquivalents: 0.39, suppressed: false },
    ]);
  });

  it('protects activity and age band breakdowns separately against the same total', () => {
    const stats = buildStats(
      2025,
      table(
        [12, 768],
        [
          ['meal_delivery', 8, 576],
          ['visiting_service', 4, 192],
        ],
        [
          ['50_66', 6, 400],
          ['67_plus', 6, 368],
        ],
      ),
      settings,
    );
    expect(stats.activeVolunteers).toBe(12);
    expect(stats.byActivity.every((c) => c.suppressed && c.fullTimeEquivalents === null && c.hours === null)).toBe(true);
    expect(stats.byAgeBand.every((c) => !c.suppressed)).toBe(true);
  });

  it('hides every cell of both breakdowns when the total goes', () => {
    const stats = buildStats(
      2025,
      table(
        [5, 50],
        [
          ['a', 1, 10],
          ['b', 1, 10],
          ['c', 1, 10],
          ['d', 1, 10],
          ['e', 1, 10],
        ],
        [['67_plus', 5, 50]],
      ),
      settings,
    );
    expect(stats).toMatchObject({ activeVolunteers: null, suppressed: true });
    expect(stats.byAgeBand).toEqual([{ key: '67_plus', activeVolunteers: null, hours: null, fullTimeEquivalents: null, suppressed: true }]);
  });

  it('hides everything when told to (an organisation that would reveal another)', () => {
    const stats = buildStats(2025, table([9, 54], [['meal_delivery', 9, 54]]), settings, {
      total: true,
      byActivity: new Set(),
      byAgeBand: new Set(),
    });
    expect(stats).toMatchObject({ activeVolunteers: null, hours: null, suppressed: true });
    expect(stats.byActivity[0].suppressed).toBe(true);
  });

  it('reports an empty year as zeros, not suppressed', () => {
    expect(buildStats(2024, table([0, 0], []), settings)).toMatchObject({
      activeVolunteers: 0,
      hours: 0,
      fullTimeEquivalents: 0,
      suppressed: false,
      byActivity: [],
    });
  });

  it('protects the rest of a table around a linked cell', () => {
    const stats = buildStats(
      2025,
      table(
        [20, 200],
        [
          ['a', 9, 90],
          ['b', 6, 60],
          ['c', 5, 50],
        ],
      ),
      settings,
      { total: false, byActivity: new Set(['a']), byAgeBand: new Set() },
    );
    expect(stats.activeVolunteers).toBe(20);
    expect(stats.byActivity.map((c) => [c.key, c.suppressed])).toEqual([
      ['a', true],
      ['b', false],
      ['c', true],
    ]);
  });
});

const at = (municipalityCode: string, organisationId: string, people: number, part: string | null = null): OrganisationCell => ({
  municipalityCode,
  organisationId,
  part,
  people,
  hours: people * 10,
});

const own = (entries: [string, KeyAggregates][]) => new Map(entries);

describe('linkedSuppression', () => {
  it('hides a small organisation and the next-smallest in the same municipality', () => {
    const cells = {
      total: [at('5601', 'big', 30), at('5601', 'small', 4), at('5601', 'mid', 8), at('4601', 'alone', 7)],
      byActivity: [],
      byAgeBand: [],
    };
    const linked = linkedSuppression(2025, own([]), cells, settings);
    expect(
      [...linked]
        .filter(([, l]) => l.total)
        .map(([id]) => id)
        .sort(),
    ).toEqual(['mid', 'small']);
  });

  it("follows a hidden cell through the organisation's own table and back into the municipality's", () => {
    // Oslo: transport 11 = P 8 + Q 3; totals P 8, Q 9 (Q also 6 in meal delivery).
    // P's transport goes (it gives Q's 3 away), so P's total goes (it equals P's transport),
    // so Q's total goes too (17 - 9 would give P's 8 back).
    const cells = {
      total: [at('0301', 'P', 8), at('0301', 'Q', 9)],
      byActivity: [at('0301', 'P', 8, 'transport'), at('0301', 'Q', 3, 'transport'), at('0301', 'Q', 6, 'meal_delivery')],
      byAgeBand: [],
    };
    const aggregates = own([
      ['P', table([8, 80], [['transport', 8, 80]])],
      [
        'Q',
        table(
          [9, 90],
          [
            ['meal_delivery', 6, 60],
            ['transport', 3, 30],
          ],
        ),
      ],
    ]);
    const linked = linkedSuppression(2023, aggregates, cells, settings);
    expect(linked.get('P')!.total).toBe(true);
    expect(linked.get('Q')!.total).toBe(true);
    expect(buildStats(2023, aggregates.get('Q')!, settings, linked.get('Q'))).toMatchObject({ suppressed: true, activeVolunteers: null });
  });

  it('leaves organisations alone when nothing small is near them', () => {
    const cells = {
      total: [at('0301', 'P', 8), at('0301', 'Q', 9)],
      byActivity: [at('0301', 'P', 8, 'transport'), at('0301', 'Q', 9, 'transport')],
      byAgeBand: [],
    };
    const aggregates = own([
      ['P', table([8, 80], [['transport', 8, 80]])],
      ['Q', table([9, 90], [['transport', 9, 90]])],
    ]);
    const linked = linkedSuppression(2023, aggregates, cells, settings);
    expect([...linked.values()].every((l) => !l.total && l.byActivity.size === 0)).toBe(true);
  });

  it('judges an organisation in each municipality it works in', () => {
    const linked = linkedSuppression(
      2025,
      own([]),
      { total: [at('1', 'a', 20), at('2', 'a', 2), at('2', 'b', 9)], byActivity: [], byAgeBand: [] },
      settings,
    );
    expect(linked.get('a')!.total).toBe(true);
    expect(linked.get('b')!.total).toBe(true);
  });
});
