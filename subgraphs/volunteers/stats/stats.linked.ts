import { suppressedKeys } from '../rules/suppression.js';
import { buildStats, type Linked, type StatsSettings } from './stats.build.js';
import type { KeyAggregates, OrganisationCell, OrganisationCells } from './stats.query.js';

type Part = 'total' | 'byActivity' | 'byAgeBand';
interface Flags {
  total: boolean;
  byActivity: Set<string>;
  byAgeBand: Set<string>;
}

const PARTS: Part[] = ['total', 'byActivity', 'byAgeBand'];
const isFlagged = (f: Flags, part: Part, key: string | null) => (part === 'total' ? f.total : f[part].has(key!));
function flag(f: Flags, part: Part, key: string | null) {
  if (part === 'total') f.total = true;
  else f[part].add(key!);
}

function groups(cells: readonly OrganisationCell[]): OrganisationCell[][] {
  const byGroup = new Map<string, OrganisationCell[]>();
  for (const c of cells) {
    const key = `${c.municipalityCode}\u0000${c.part ?? ''}`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), c]);
  }
  return [...byGroup.values()];
}

/**
 * Organisation stats are cut from tables whose margins Municipality.volunteerStats
 * publishes: organisations within each municipality, in total and within each
 * activity and age band. A cell is hidden in such a table when it is small or
 * would give a small one away (municipality minus the other organisations);
 * the organisation's own total or cell then goes too, its own table is
 * protected around it, and what that hides is hidden in the municipality
 * tables in turn, until nothing changes (hidden sets only grow, so this ends).
 * `own` must hold every organisation that appears in `cells`. An organisation
 * in several municipalities is judged in each; longer chains of differences
 * across municipalities are not audited.
 */
export function linkedSuppression(
  year: number,
  own: ReadonlyMap<string, KeyAggregates>,
  cells: OrganisationCells,
  settings: StatsSettings,
): Map<string, Linked> {
  const flags = new Map<string, Flags>();
  const of = (id: string) => flags.get(id) ?? flags.set(id, { total: false, byActivity: new Set(), byAgeBand: new Set() }).get(id)!;
  const grouped: Record<Part, OrganisationCell[][]> = {
    total: groups(cells.total),
    byActivity: groups(cells.byActivity),
    byAgeBand: groups(cells.byAgeBand),
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const part of PARTS) {
      for (const group of grouped[part]) {
        const already = new Set(group.filter((c) => isFlagged(of(c.organisationId), part, c.part)).map((c) => c.organisationId));
        const hidden = suppressedKeys(
          group.map((c) => ({ key: c.organisationId, people: c.people, hours: c.hours })),
          settings.threshold,
          already,
        );
        for (const c of group.filter((c) => hidden.has(c.organisationId) && !already.has(c.organisationId))) {
          flag(of(c.organisationId), part, c.part);
          changed = true;
        }
      }
    }
    for (const [id, aggregates] of own) {
      const stats = buildStats(year, aggregates, settings, of(id));
      const f = of(id);
      if (stats.suppressed && !f.total && aggregates.total.people > 0) {
        f.total = true;
        changed = true;
      }
      for (const [part, list] of [
        ['byActivity', stats.byActivity],
        ['byAgeBand', stats.byAgeBand],
      ] as const) {
        for (const c of list.filter((c) => c.suppressed && !f[part].has(c.key))) {
          f[part].add(c.key);
          changed = true;
        }
      }
    }
  }
  return flags;
}
