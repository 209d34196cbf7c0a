import { protectTable, suppressedKeys, type Cell, type ProtectedCell } from '../rules/suppression.js';
import type { KeyAggregates, OrganisationCell } from './stats.query.js';
import type { StatsCell, VolunteerStats } from './stats.types.js';

export interface StatsSettings {
  threshold: number;
  hoursPerFte: number;
}

const fte = (hours: number | null, settings: StatsSettings) => (hours == null ? null : Math.round((hours / settings.hoursPerFte) * 100) / 100);

const toCell = (c: ProtectedCell, settings: StatsSettings): StatsCell => ({
  key: c.key,
  activeVolunteers: c.people,
  hours: c.hours,
  fullTimeEquivalents: fte(c.hours, settings),
  suppressed: c.suppressed,
});

/**
 * The statistics of one key in one year, protected. `hideAll` hides the whole
 * table (an organisation whose count would reveal another's, see organisationsToHide).
 */
export function buildStats(year: number, { total, byActivity: activities, byAgeBand: ageBands }: KeyAggregates, settings: StatsSettings, hideAll = false): VolunteerStats {
  const byActivity = protectTable(total, activities, settings.threshold);
  const byAgeBand = protectTable(total, ageBands, settings.threshold);
  const totalHidden = (hideAll && total.people > 0) || byActivity.total.suppressed || byAgeBand.total.suppressed;
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

/**
 * Organisation stats are cells of a hidden table, organisations within each
 * municipality, whose totals Municipality.volunteerStats publishes. An
 * organisation is hidden when its cell in any municipality is hidden there,
 * so no organisation's count can be had as municipality minus the others.
 */
export function organisationsToHide(cells: readonly OrganisationCell[], threshold: number): Set<string> {
  const hidden = new Set<string>();
  const byMunicipality = new Map<string, Cell[]>();
  for (const c of cells) {
    const list = byMunicipality.get(c.municipalityCode) ?? [];
    list.push({ key: c.organisationId, people: c.people, hours: c.hours });
    byMunicipality.set(c.municipalityCode, list);
  }
  for (const list of byMunicipality.values()) for (const key of suppressedKeys(list, threshold).keys()) hidden.add(key);
  return hidden;
}
