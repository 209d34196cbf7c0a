import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { Observation } from '../entities/observation.entity.js';
import { selectionFilter, type ObservationSelection } from './selection.service.js';

/** The same order as OBSERVATION_ORDER, in SQL for the window function. */
const ORDER = 'o.indicator_code, o.area_level, o.area_code, o.period_start, o.period_end';

/**
 * One page of observations for each of many indicators, and each one's total:
 * two queries however many indicators (row_number() per indicator picks the page), a third for `latest`.
 */
export async function pagesByIndicator(
  em: EntityManager,
  caller: Caller,
  codes: readonly string[],
  selection: Omit<ObservationSelection, 'indicators'>,
  window: { limit: number; offset: number },
): Promise<Map<string, [Observation[], number]>> {
  const where = await selectionFilter(em, caller, { ...selection, indicators: [...codes] });
  const counts: { code: string; n: number | string }[] = await em
    .createQueryBuilder(Observation, 'o')
    .select(['o.indicator_code as code', raw('count(*) as n')])
    .where(where)
    .groupBy('o.indicator_code')
    .execute('all', false);
  const ranked = em
    .createQueryBuilder(Observation, 'o')
    .select(['o.*', raw(`row_number() over (partition by o.indicator_code order by ${ORDER}) as rn`)])
    .where(where);
  const page = em
    .getKnex()
    .select('*')
    .from(ranked.getKnexQuery().as('ranked'))
    .where('rn', '>', window.offset)
    .andWhere('rn', '<=', window.offset + window.limit)
    .orderBy([{ column: 'indicator_code' }, { column: 'rn' }]);
  // Through the connection, so the query is logged and counted like the ORM's own.
  const rows = await em.getConnection().execute<(Record<string, unknown> & { rn: number | string })[]>(page);
  const totals = new Map(counts.map(({ code, n }) => [code, Number(n)]));
  const pages = new Map<string, [Observation[], number]>(codes.map((code) => [code, [[], totals.get(code) ?? 0]]));
  for (const { rn: _rn, ...row } of rows) {
    const observation = em.map(Observation, row);
    pages.get(observation.indicatorCode)?.[0].push(observation);
  }
  return pages;
}
