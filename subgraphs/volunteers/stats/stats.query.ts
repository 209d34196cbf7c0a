import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { subquery } from '../../common/db.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';

/** Approved hours of one volunteer in one activity and age band, under a key (municipality or organisation). */
export interface HoursRow {
  key: string;
  volunteerId: string;
  activity: string;
  ageBand: string;
  hours: number;
}

export type StatsColumn = 'municipality_code' | 'organisation_id';
const PROPERTY = { municipality_code: 'municipalityCode', organisation_id: 'organisationId' } as const;

/** One query for all keys of a batch; per-person rows so distinct counts can be taken per cell in memory. */
export async function hoursRows(em: EntityManager, column: StatsColumn, keys: readonly string[], year: number): Promise<HoursRow[]> {
  const rows: { key: string; volunteer_id: string; activity: string; age_band: string; hours: number | string }[] = await em
    .createQueryBuilder(HoursEntry, 'h')
    .select([`h.${column} as key`, 'h.volunteer_id', 'h.activity', 'h.age_band', raw('sum(h.hours) as hours')])
    .where({ [PROPERTY[column]]: { $in: [...keys] }, approved: true, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
    .groupBy([`h.${column}`, 'h.volunteer_id', 'h.activity', 'h.age_band'])
    .execute('all', false);
  return rows.map((r) => ({ key: r.key, volunteerId: r.volunteer_id, activity: r.activity, ageBand: r.age_band, hours: Number(r.hours) }));
}

export interface OrganisationCell {
  municipalityCode: string;
  organisationId: string;
  people: number;
  hours: number;
}

/**
 * People and hours per organisation in every municipality where one of `organisationIds`
 * worked in the year: the hidden table that Organisation stats are cut from.
 */
export async function organisationCells(em: EntityManager, organisationIds: readonly string[], year: number): Promise<OrganisationCell[]> {
  const inYear = { approved: true, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
  const municipalities = em.createQueryBuilder(HoursEntry, 'm').select('m.municipality_code').where({ ...inYear, organisationId: { $in: [...organisationIds] } });
  const rows: { municipality_code: string; organisation_id: string; people: number | string; hours: number | string }[] = await em
    .createQueryBuilder(HoursEntry, 'h')
    .select(['h.municipality_code', 'h.organisation_id', raw('count(distinct h.volunteer_id) as people'), raw('sum(h.hours) as hours')])
    .where({ ...inYear, municipalityCode: { $in: subquery(municipalities) } })
    .groupBy(['h.municipality_code', 'h.organisation_id'])
    .execute('all', false);
  return rows.map((r) => ({ municipalityCode: r.municipality_code, organisationId: r.organisation_id, people: Number(r.people), hours: Number(r.hours) }));
}
