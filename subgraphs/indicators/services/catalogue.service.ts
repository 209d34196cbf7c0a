import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { visibleIndicators, visibleObservations } from '../access.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { AreaLevel } from '../enums.js';

/** What there is of one indicator, as far as the caller may see. */
export interface TableFacts {
  /** Periods with at least one observation, in time order. */
  periods: string[];
  areaLevels: AreaLevel[];
  observations: number;
  /** When the newest of its observations was stored; null when it has none. */
  updated: Date | null;
}

const LEVELS = new Map<string, AreaLevel>(Object.values(AreaLevel).map((level) => [level, level]));
const LEVEL_ORDER = Object.values(AreaLevel);

/** A timestamp as the driver hands it back from an aggregate: a Date, an ISO string, or milliseconds. */
function instant(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') return new Date(/^\d+$/.test(value) ? Number(value) : value);
  return null;
}

/**
 * The periods, area levels, count and last update of each indicator, over the observations
 * the caller may see, in one query grouped by indicator, period and area level.
 */
export async function tableFacts(em: EntityManager, caller: Caller, codes: readonly string[]): Promise<Map<string, TableFacts>> {
  const query = em
    .createQueryBuilder(Observation, 'o')
    .select([
      'o.indicator_code as code',
      'o.period as period',
      'o.area_level as level',
      raw('count(*) as n'),
      raw('max(o.updated_at) as updated'),
    ])
    .where({ $and: [visibleObservations(em, caller), { indicatorCode: { $in: [...codes] } }] })
    .groupBy(['o.indicator_code', 'o.period', 'o.area_level'])
    .getKnexQuery()
    .orderByRaw('min(o.period_start), max(o.period_end), o.period');
  const rows = await em
    .getConnection()
    .execute<{ code: string; period: string; level: string; n: number | string; updated: unknown }[]>(query);
  const facts = new Map<string, TableFacts>(codes.map((code) => [code, { periods: [], areaLevels: [], observations: 0, updated: null }]));
  for (const row of rows) {
    const entry = facts.get(row.code);
    if (!entry) continue;
    if (!entry.periods.includes(row.period)) entry.periods.push(row.period);
    const level = LEVELS.get(row.level);
    if (level && !entry.areaLevels.includes(level)) entry.areaLevels.push(level);
    entry.observations += Number(row.n);
    const updated = instant(row.updated);
    if (updated && (!entry.updated || updated > entry.updated)) entry.updated = updated;
  }
  for (const entry of facts.values()) entry.areaLevels.sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b));
  return facts;
}

/** Every indicator the caller may see, by code, with what there is of it. */
export async function catalogue(em: EntityManager, caller: Caller): Promise<{ indicator: Indicator; facts: TableFacts }[]> {
  const indicators = await em.find(Indicator, visibleIndicators(caller), { orderBy: { code: 'asc' } });
  const facts = await tableFacts(
    em,
    caller,
    indicators.map((i) => i.code),
  );
  return indicators.map((indicator) => ({
    indicator,
    facts: facts.get(indicator.code) ?? { periods: [], areaLevels: [], observations: 0, updated: null },
  }));
}
