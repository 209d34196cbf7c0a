import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { HoursEntry } from './entities/hours-entry.entity.js';

/** Cells counting fewer people than this are suppressed (SUPPRESSION_THRESHOLD, default 5). */
export const suppressionThreshold = () => Number(process.env.SUPPRESSION_THRESHOLD ?? 5);
/** Hours in one full-time equivalent (HOURS_PER_FTE, default 1,695). */
export const hoursPerFte = () => Number(process.env.HOURS_PER_FTE ?? 1695);

@ObjectType({ description: 'Volunteer effort in a year. Cells over fewer people than the threshold are null and marked suppressed.' })
export class VolunteerStats {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true, description: 'Distinct volunteers with approved hours in the year.' }) activeVolunteers!: number | null;
  @Field(() => Float, { nullable: true }) hours!: number | null;
  @Field(() => Float, { nullable: true, description: 'hours / HOURS_PER_FTE (1,695 by default).' }) fullTimeEquivalents!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

export interface StatsRow {
  key: string;
  volunteers: number;
  hours: number;
}

/** Approved hours and distinct volunteers per key (municipality or organisation) in a year, in one query. */
export async function hoursByKey(em: EntityManager, column: 'municipality_code' | 'organisation_id', keys: readonly string[], year: number): Promise<StatsRow[]> {
  const rows: { key: string; volunteers: number | string; hours: number | string }[] = await em
    .createQueryBuilder(HoursEntry, 'h')
    .select([`h.${column} as key`, raw('count(distinct h.volunteer_id) as volunteers'), raw('sum(h.hours) as hours')])
    .where({ [column === 'municipality_code' ? 'municipalityCode' : 'organisationId']: { $in: [...keys] }, approved: true, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } })
    .groupBy(`h.${column}`)
    .execute('all', false);
  return rows.map((r) => ({ key: r.key, volunteers: Number(r.volunteers), hours: Number(r.hours) }));
}

export function toStats(year: number, row: StatsRow | undefined): VolunteerStats {
  const volunteers = row?.volunteers ?? 0;
  const hours = row?.hours ?? 0;
  if (volunteers > 0 && volunteers < suppressionThreshold()) {
    return { year, activeVolunteers: null, hours: null, fullTimeEquivalents: null, suppressed: true };
  }
  return { year, activeVolunteers: volunteers, hours, fullTimeEquivalents: Math.round((hours / hoursPerFte()) * 100) / 100, suppressed: false };
}
