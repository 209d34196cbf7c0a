import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { subquery } from '../../common/db.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import type { Cell } from '../rules/suppression.js';

export type StatsColumn = 'municipality_code' | 'organisation_id';
const PROPERTY = { municipality_code: 'municipalityCode', organisation_id: 'organisationId' } as const;

/** People (distinct) and approved hours of one key, in total and by activity and age band. */
export interface KeyAggregates {
  total: Omit<Cell, 'key'>;
  byActivity: Cell[];
  byAgeBand: Cell[];
}

type Row = { key: string; part: string | null; people: number | string; hours: number | string };

/**
 * Distinct people cannot be added up across cells (one person may work in two
 * activities), so each breakdown is its own grouped query: three queries for
 * all keys of a batch, each returning one row per cell.
 */
export async function aggregates(em: EntityManager, column: StatsColumn, keys: readonly string[], year: number): Promise<Map<string, KeyAggregates>> {
  const grouped = (part: 'activity' | 'age_band' | null): Promise<Row[]> => {
    const qb = em
      .createQueryBuilder(HoursEntry, 'h')
      .select([`h.${column} as key`, part ? `h.${part} as part` : raw('null as part'), raw('count(distinct h.volunteer_id) as people'), raw('sum(h.hours) as hours')])
      .where({ [PROPERTY[column]]: { $in: [...keys] }, approved: true, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
      .groupBy(part ? [`h.${column}`, `h.${part}`] : [`h.${column}`]);
    return qb.execute('all', false);
  };
  const result = new Map<string, KeyAggregates>(keys.map((key) => [key, { total: { people: 0, hours: 0 }, byActivity: [], byAgeBand: [] }]));
  const cell = (r: Row): Cell => ({ key: r.part!, people: Number(r.people), hours: Math.round(Number(r.hours) * 100) / 100 });
  for (const r of await grouped(null)) result.get(r.key)!.total = { people: Number(r.people), hours: Math.round(Number(r.hours) * 100) / 100 };
  for (const r of await grouped('activity')) result.get(r.key)!.byActivity.push(cell(r));
  for (const r of await grouped('age_band')) result.get(r.key)!.byAgeBand.push(cell(r));
  for (const a of result.values()) for (const list of [a.byActivity, a.byAgeBand]) list.sort((x, y) => x.key.localeCompare(y.key));
  return result;
}

export interface OrganisationCell {
  municipalityCode: string;
  organisationId: string;
  /** Activity or age band; null for the organisation's total in the municipality. */
  part: string | null;
  people: number;
  hours: number;
}

export interface OrganisationCells {
  total: OrganisationCell[];
  byActivity: OrganisationCell[];
  byAgeBand: OrganisationCell[];
}

/**
 * People and hours per organisation (in total, by activity, by age band) in
 * every municipality where one of `organisationIds` worked in the year: the
 * hidden tables that Organisation stats are cut from, whose margins
 * Municipality.volunteerStats publishes.
 */
export async function organisationCells(em: EntityManager, organisationIds: readonly string[], year: number): Promise<OrganisationCells> {
  const inYear = { approved: true, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
  const grouped = async (part: 'activity' | 'age_band' | null): Promise<OrganisationCell[]> => {
    const municipalities = em.createQueryBuilder(HoursEntry, 'm').select('m.municipality_code').where({ ...inYear, organisationId: { $in: [...organisationIds] } });
    const rows: { municipality_code: string; organisation_id: string; part: string | null; people: number | string; hours: number | string }[] = await em
      .createQueryBuilder(HoursEntry, 'h')
      .select(['h.municipality_code', 'h.organisation_id', part ? `h.${part} as part` : raw('null as part'), raw('count(distinct h.volunteer_id) as people'), raw('sum(h.hours) as hours')])
      .where({ ...inYear, municipalityCode: { $in: subquery(municipalities) } })
      .groupBy(part ? ['h.municipality_code', 'h.organisation_id', `h.${part}`] : ['h.municipality_code', 'h.organisation_id'])
      .execute('all', false);
    return rows.map((r) => ({ municipalityCode: r.municipality_code, organisationId: r.organisation_id, part: r.part, people: Number(r.people), hours: Number(r.hours) }));
  };
  return { total: await grouped(null), byActivity: await grouped('activity'), byAgeBand: await grouped('age_band') };
}
