import { describe, expect, it } from 'vitest';
import { buildStats, organisationsToHide } from '../../subgraphs/volunteers/stats/stats.build.js';
import type { HoursRow } from '../../subgraphs/volunteers/stats/stats.query.js';

const settings = { threshold: 5, hoursPerFte: 1695 };
const rows = (n: number, activity: string, ageBand: string, hours: number, prefix = activity): HoursRow[] =>
  Array.from({ length: n }, (_, i) => ({ key: 'k', volunteerId: `${prefix}-${i}`, activity, ageBand, hours }));

describe('buildStats', () => {
  it('counts distinct people, sums hours and converts to FTE', () => {
    const stats = buildStats(2025, [...rows(6, 'meal_delivery', '67_plus', 100), ...rows(6, 'meal_delivery', '67_plus', 10)], settings);
    expect(stats).toMatchObject({ year: 2025, activeVolunteers: 6, hours: 660, fullTimeEquivalents: 0.39, suppressed: false, threshold: 5 });
  });

  it('counts a person in every activity they worked in, once in the total', () => {
    const both = [...rows(6, 'meal_delivery', '30_49', 5, 'p'), ...rows(6, 'transport', '30_49', 5, 'p')];
    const stats = buildStats(2025, both, settings);
    expect(stats.activeVolunteers).toBe(6);
    expect(stats.byActivity.map((c) => [c.key, c.activeVolunteers, c.hours])).toEqual([['meal_delivery', 6, 30], ['transport', 6, 30]]);
  });

  it('protects activity and age band breakdowns separately against the same total', () => {
    const data = [...rows(8, 'meal_delivery', '67_plus', 6), ...rows(4, 'visiting_service', '50_66', 4)];
    const stats = buildStats(2025, data, settings);
    expect(stats.activeVolunteers).toBe(12);
    expect(stats.byActivity.every((c) => c.suppressed && c.fullTimeEquivalents === null)).toBe(true);
    expect(stats.byAgeBand.every((c) => c.suppressed)).toBe(true);
  });

  it('hides everything when told to (an organisation that would reveal another)', () => {
    const stats = buildStats(2025, rows(9, 'meal_delivery', '67_plus', 6), settings, true);
    expect(stats).toMatchObject({ activeVolunteers: null, hours: null, suppressed: true });
    expect(stats.byActivity[0].suppressed).toBe(true);
  });

  it('reports an empty year as zeros, not suppressed', () => {
    expect(buildStats(2024, [], settings)).toMatchObject({ activeVolunteers: 0, hours: 0, fullTimeEquivalents: 0, suppressed: false, byActivity: [] });
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
