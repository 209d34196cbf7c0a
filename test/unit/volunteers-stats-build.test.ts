import { describe, expect, it } from 'vitest';
import { buildStats, organisationsToHide } from '../../subgraphs/volunteers/stats/stats.build.js';
import type { KeyAggregates } from '../../subgraphs/volunteers/stats/stats.query.js';

const settings = { threshold: 5, hoursPerFte: 1695 };
const cell = (key: string, people: number, hours: number) => ({ key, people, hours });
const table = (total: [number, number], byActivity: [string, number, number][], byAgeBand: [string, number, number][] = []): KeyAggregates => ({
  total: { people: total[0], hours: total[1] },
  byActivity: byActivity.map(([k, p, h]) => cell(k, p, h)),
  byAgeBand: byAgeBand.map(([k, p, h]) => cell(k, p, h)),
});

describe('buildStats', () => {
  it('publishes totals and cells over the threshold, with FTE from hours', () => {
    const stats = buildStats(2025, table([12, 660], [['meal_delivery', 12, 660]], [['67_plus', 12, 660]]), settings);
    expect(stats).toMatchObject({ year: 2025, activeVolunteers: 12, hours: 660, fullTimeEquivalents: 0.39, suppressed: false, threshold: 5 });
    expect(stats.byActivity).toEqual([{ key: 'meal_delivery', activeVolunteers: 12, hours: 660, fullTimeEquivalents: 0.39, suppressed: false }]);
  });

  it('protects activity and age band breakdowns separately against the same total', () => {
    const stats = buildStats(2025, table([12, 768], [['meal_delivery', 8, 576], ['visiting_service', 4, 192]], [['50_66', 6, 400], ['67_plus', 6, 368]]), settings);
    expect(stats.activeVolunteers).toBe(12);
    expect(stats.byActivity.every((c) => c.suppressed && c.fullTimeEquivalents === null && c.hours === null)).toBe(true);
    expect(stats.byAgeBand.every((c) => !c.suppressed)).toBe(true);
  });

  it('hides every cell of both breakdowns when the total goes', () => {
    const stats = buildStats(2025, table([5, 50], [['a', 1, 10], ['b', 1, 10], ['c', 1, 10], ['d', 1, 10], ['e', 1, 10]], [['67_plus', 5, 50]]), settings);
    expect(stats).toMatchObject({ activeVolunteers: null, suppressed: true });
    expect(stats.byAgeBand).toEqual([{ key: '67_plus', activeVolunteers: null, hours: null, fullTimeEquivalents: null, suppressed: true }]);
  });

  it('hides everything when told to (an organisation that would reveal another)', () => {
    const stats = buildStats(2025, table([9, 54], [['meal_delivery', 9, 54]]), settings, true);
    expect(stats).toMatchObject({ activeVolunteers: null, hours: null, suppressed: true });
    expect(stats.byActivity[0].suppressed).toBe(true);
  });

  it('reports an empty year as zeros, not suppressed', () => {
    expect(buildStats(2024, table([0, 0], []), settings)).toMatchObject({ activeVolunteers: 0, hours: 0, fullTimeEquivalents: 0, suppressed: false, byActivity: [] });
  });
});

describe('organisationsToHide', () => {
  it('hides a small organisation and the next-smallest in the same municipality', () => {
    const hidden = organisationsToHide([
      { municipalityCode: '5601', organisationId: 'big', people: 30, hours: 1 },
      { municipalityCode: '5601', organisationId: 'small', people: 4, hours: 1 },
      { municipalityCode: '5601', organisationId: 'mid', people: 8, hours: 1 },
      { municipalityCode: '4601', organisationId: 'alone', people: 7, hours: 1 },
    ], 5);
    expect([...hidden].sort()).toEqual(['mid', 'small']);
  });

  it('hides an organisation everywhere if it is hidden in any municipality', () => {
    const hidden = organisationsToHide([
      { municipalityCode: '1', organisationId: 'a', people: 20, hours: 1 },
      { municipalityCode: '2', organisationId: 'a', people: 2, hours: 1 },
      { municipalityCode: '2', organisationId: 'b', people: 9, hours: 1 },
    ], 5);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });
});
