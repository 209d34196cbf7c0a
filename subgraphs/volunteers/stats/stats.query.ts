import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { subquery } from '../../common/db.js';
import { placeholders, selectRows } from '../../common/light-read.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import type { Cell } from '../rules/suppression.js';

type StatsColumn = 'municipality_code' | 'organisation_id';

/** People (distinct) and approved hours of one key, in total and by activity and age band. */
export interface KeyAggregates {
  total: Omit<Cell, 'key'>;
  byActivity: Cell[];
  byAgeBand: Cell[];
}

type Row = { key: string; part: string | null; kind: number | string; people: number | string; hours: number | string };

/** Which breakdown a row of the one statement belongs to. */
const TOTAL = 0;
const ACTIVITY = 1;
const AGE_BAND = 2;

/**
 * Distinct people cannot be added up across cells (one person may work in two
 * activities), so each breakdown is its own grouped query; the three run as one
 * statement (`union all`) of plain SQL for all keys of a batch, one row per cell.
 */
export async function aggregates(
  em: EntityManager,
  column: StatsColumn,
  keys: readonly string[],
  year: number,
): Promise<Map<string, KeyAggregates>> {
  const where = `h.${column} in (${placeholders(keys.length)}) and h.approved = true and h.date >= ? and h.date <= ?`;
  const params = [...keys, `${year}-01-01`, `${year}-12-31`];
  const grouped = (kind: number, part: 'activity' | 'age_band' | null) =>
    `select h.${column} as key, ${part ? `h.${part}` : 'null'} as part, ${kind} as kind, ` +
    'count(distinct h.volunteer_id) as people, sum(h.hours) as hours ' +
    `from hours_entry h where ${where} group by h.${column}${part ? `, h.${part}` : ''}`;
  const rows = await selectRows<Row>(
    em,
    [grouped(TOTAL, null), grouped(ACTIVITY, 'activity'), grouped(AGE_BAND, 'age_band')].join(' union all '),
    [...params, ...params, ...params],
  );
  const result = new Map<string, KeyAggregates>(
    keys.map((key) => [key, { total: { people: 0, hours: 0 }, byActivity: [], byAgeBand: [] }]),
  );
  for (const r of rows) {
    const people = Number(r.people);
    const hours = Math.round(Number(r.hours) * 100) / 100;
    const found = result.get(r.key)!;
    const kind = Number(r.kind);
    if (kind === TOTAL) found.total = { people, hours };
    else (kind === ACTIVITY ? found.byActivity : found.byAgeBand).push({ key: r.part!, people, hours });
  }
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
    const municipalities = em
      .createQueryBuilder(HoursEntry, 'm')
      .select('m.municipality_code')
      .where({ ...inYear, organisationId: { $in: [...organisationIds] } });
    const rows: {
      municipality_code: string;
      organisation_id: string;
      part: string | null;
      people: number | string;
      hours: number | string;
    }[] = await em
      .createQueryBuilder(HoursEntry, 'h')
      .select([
        'h.municipality_code',
        'h.organisation_id',
        part ? `h.${part} as part` : raw('null as part'),
        raw('count(distinct h.volunteer_id) as people'),
        raw('sum(h.hours) as hours'),
      ])
      .where({ ...inYear, municipalityCode: { $in: subquery(municipalities) } })
      .groupBy(part ? ['h.municipality_code', 'h.organisation_id', `h.${part}`] : ['h.municipality_code', 'h.organisation_id'])
      .execute('all', false);
    return rows.map((r) => ({
      municipalityCode: r.municipality_code,
      organisationId: r.organisation_id,
      part: r.part,
      people: Number(r.people),
      hours: Number(r.hours),
    }));
  };
  return { total: await grouped(null), byActivity: await grouped('activity'), byAgeBand: await grouped('age_band') };
}
