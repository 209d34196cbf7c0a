import { raw, type QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { Observation } from '../entities/observation.entity.js';
import { selectionWhere, type ObservationSelection } from './selection.js';

/** The same order as OBSERVATION_ORDER, in SQL for the window function. */
const ORDER = 'o.indicator_code, o.area_level, o.area_code, o.period_start, o.period_end';

/**
 * One page of observations for each of many indicators, and each one's total:
 * two queries however many indicators (row_number() per indicator picks the page).
 */
export async function pagesByIndicator(
  em: EntityManager,
  caller: Caller,
  codes: readonly string[],
  selection: Omit<ObservationSelection, 'indicators'>,
  window: { limit: number; offset: number },
): Promise<Map<string, [Observation[], number]>> {
  // The same filter as em.find takes; the query builder's type for it is narrower than what it accepts.
  const where = selectionWhere(em, caller, { ...selection, indicators: [...codes] }) as QBFilterQuery<Observation>;
  const counts: { code: string; n: number | string }[] = await em
    .createQueryBuilder(Observation, 'o')
    .select(['o.indicator_code as code', raw('count(*) as n')])
    .where(where)
    .groupBy('o.indicator_code')
    .execute('all', false);
  const ranked = em.createQueryBuilder(Observation, 'o').select(['o.*', raw(`row_number() over (partition by o.indicator_code order by ${ORDER}) as rn`)]).where(where);
  const page = em
    .getKnex()
    .select('*')
    .from(ranked.getKnexQuery().as('ranked'))
    .where('rn', '>', window.offset)
    .andWhere('rn', '<=', window.offset + window.limit)
    .orderBy([{ column: 'indicator_code' }, { column: 'rn' }]);
  // Through the connection, so the query is logged and counted like the ORM's own.
  const rows = (await em.getConnection().execute(page)) as (Record<string, unknown> & { rn: number | string })[];
  const pages = new Map<string, [Observation[], number]>(codes.map((code) => [code, [[], 0]]));
  for (const { code, n } of counts) pages.get(code)![1] = Number(n);
  for (const { rn: _rn, ...row } of rows) {
    const observation = em.map(Observation, row);
    pages.get(observation.indicatorCode)?.[0].push(observation);
  }
  return pages;
}
