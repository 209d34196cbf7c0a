import { protectTable, type ProtectedCell } from '../rules/suppression.js';
import type { KeyAggregates } from './stats.query.js';
import type { StatsCell, VolunteerStats } from './stats.types.js';

export interface StatsSettings {
  threshold: number;
  hoursPerFte: number;
}

const fte = (hours: number | null, settings: StatsSettings) =>
  hours == null ? null : Math.round((hours / settings.hoursPerFte) * 100) / 100;

const toCell = (c: ProtectedCell, settings: StatsSettings): StatsCell => ({
  key: c.key,
  activeVolunteers: c.people,
  hours: c.hours,
  fullTimeEquivalents: fte(c.hours, settings),
  suppressed: c.suppressed,
});

/** What must be hidden of an organisation's own tables to protect other organisations (see stats.linked.ts). */
export interface Linked {
  total: boolean;
  byActivity: ReadonlySet<string>;
  byAgeBand: ReadonlySet<string>;
}

const NOTHING_LINKED: Linked = { total: false, byActivity: new Set(), byAgeBand: new Set() };

/**
 * The statistics of one key in one year, protected. `linked` says which cells
 * are hidden to protect another table (an organisation's cells that would
 * reveal another organisation in the same municipality); the rest of the
 * table is then protected around them.
 */
export function buildStats(
  year: number,
  { total, byActivity: activities, byAgeBand: ageBands }: KeyAggregates,
  settings: StatsSettings,
  linked: Linked = NOTHING_LINKED,
): VolunteerStats {
  const byActivity = protectTable(total, activities, settings.threshold, linked.byActivity);
  const byAgeBand = protectTable(total, ageBands, settings.threshold, linked.byAgeBand);
  const totalHidden = (linked.total && total.people > 0) || byActivity.total.suppressed || byAgeBand.total.suppressed;
  return {
    year,
    activeVolunteers: totalHidden ? null : total.people,
    hours: totalHidden ? null : total.hours,
    fullTimeEquivalents: totalHidden ? null : fte(total.hours, settings),
    suppressed: totalHidden,
    byActivity: byActivity.cells.map((c) => toCell(totalHidden ? { ...c, people: null, hours: null, suppressed: true } : c, settings)),
    byAgeBand: byAgeBand.cells.map((c) => toCell(totalHidden ? { ...c, people: null, hours: null, suppressed: true } : c, settings)),
    threshold: settings.threshold,
  };
}
