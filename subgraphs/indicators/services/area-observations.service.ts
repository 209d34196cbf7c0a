import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { placeholders, selectRows } from '../../common/light-read.js';
import { visibleObservationsSql } from '../access.js';
import type { Observation } from '../entities/observation.entity.js';
import type { AreaLevel, ObservationStatus } from '../enums.js';
import { checkedPeriod } from '../rules/periods.js';

/** What the area fields (`Municipality.observations`, `County.observations`, `indicators`) ask for many areas at once. */
export interface AreaSelection {
  areas: readonly string[];
  /** Only these indicators (checked by the caller); null for all. */
  indicators: string[] | null;
  /** Only observations whose period lies within one of these (checked by the caller); null for all. */
  periods: string[] | null;
}

/** An observation row as the database gives it. */
interface ObservationRow {
  id: string;
  indicator_code: string;
  area_level: string;
  area_code: string;
  period: string;
  period_start: string;
  period_end: string;
  value: number | null;
  low: number | null;
  high: number | null;
  status: string;
  note: string | null;
  source: string | null;
  /** SQLite: milliseconds since the epoch; PostgreSQL: the timestamp as text (MikroORM's type parser). */
  updated_at: number | string | Date;
}

const asNumber = (x: number | string | null) => (x == null ? null : Number(x));

/**
 * The visible observations of many areas in one plain SQL statement through MikroORM's connection:
 * a read that needs no unit of work, so no query builder, no hydration and no identity map.
 * The filter is `selectionWhere`'s for these parts (the visibility rule from access.ts) and the
 * order OBSERVATION_ORDER's; rows come back as Observation-shaped objects, not managed entities.
 */
export async function areaObservations(em: EntityManager, caller: Caller, selection: AreaSelection): Promise<Observation[]> {
  const visible = visibleObservationsSql(caller, 'o');
  const where = [visible.sql, `o.area_code in (${placeholders(selection.areas.length)})`];
  const params: (string | number)[] = [...visible.params, ...selection.areas];
  if (selection.indicators?.length) {
    where.push(`o.indicator_code in (${placeholders(selection.indicators.length)})`);
    params.push(...selection.indicators);
  }
  if (selection.periods?.length) {
    const ranges = selection.periods.map((p, i) => checkedPeriod(`periods[${i}]`, p));
    where.push(`(${ranges.map(() => '(o.period_start >= ? and o.period_end <= ?)').join(' or ')})`);
    params.push(...ranges.flatMap(({ start, end }) => [start, end]));
  }
  const rows = await selectRows<ObservationRow>(
    em,
    'select o.id, o.indicator_code, o.area_level, o.area_code, o.period, o.period_start, o.period_end, o.value, o.low, o.high,' +
      ' o.status, o.note, o.source, o.updated_at from observation o' +
      ` where ${where.join(' and ')}` +
      ' order by o.indicator_code asc, o.area_level asc, o.area_code asc, o.period_start asc, o.period_end asc',
    params,
  );
  return rows.map((row): Observation => ({
    id: row.id,
    indicatorCode: row.indicator_code,
    areaLevel: row.area_level as AreaLevel,
    areaCode: row.area_code,
    period: row.period,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    value: asNumber(row.value),
    low: asNumber(row.low),
    high: asNumber(row.high),
    status: row.status as ObservationStatus,
    note: row.note,
    source: row.source,
    updatedAt: row.updated_at instanceof Date ? row.updated_at : new Date(row.updated_at),
  }));
}
