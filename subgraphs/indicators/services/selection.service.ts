import { raw, type ObjectQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import { check } from '../../common/validators.js';
import { visibleIndicators, visibleObservations } from '../access.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { COUNTRY_CODE, type AreaLevel } from '../enums.js';
import { areaProblem, municipalitiesIn } from '../rules/areas.js';
import { checkedPeriod, periodProblem } from '../rules/periods.js';
import { latestProblem, withinProblem } from '../rules/selection.js';

/** A selection of observations, the same for the GraphQL query and the HTTP exports; an empty or absent list means all. */
export interface ObservationSelection {
  indicators?: string[] | null;
  areas?: string[] | null;
  /** Area groupings: a county (the county and its municipalities) or "NO" (every area); added to `areas`. */
  within?: string[] | null;
  areaLevel?: AreaLevel | null;
  /** Observations whose period lies within any of these. */
  periods?: string[] | null;
  /** Only each indicator's latest N periods (of those the rest of the selection finds). */
  latest?: number | null;
}

/** Longest list one filter takes (the 357 municipalities, their counties and the country fit). */
const MAX_FILTER_VALUES = 500;

function checkLength(field: string, values: string[] | null | undefined) {
  if (values && values.length > MAX_FILTER_VALUES)
    throw new BadUserInputError(field, `at most ${MAX_FILTER_VALUES} values, got ${values.length}`);
}

/**
 * Validates every part of a selection before anything is read, naming the field:
 * an indicator the caller cannot see is as unknown as one that does not exist.
 */
export async function checkSelection(em: EntityManager, caller: Caller, selection: ObservationSelection): Promise<void> {
  checkLength('indicators', selection.indicators);
  checkLength('areas', selection.areas);
  checkLength('within', selection.within);
  checkLength('periods', selection.periods);
  for (const [i, code] of (selection.areas ?? []).entries()) check(`areas[${i}]`, areaProblem(code));
  for (const [i, code] of (selection.within ?? []).entries()) check(`within[${i}]`, withinProblem(code));
  for (const [i, period] of (selection.periods ?? []).entries()) check(`periods[${i}]`, periodProblem(period));
  if (selection.latest != null) check('latest', latestProblem(selection.latest));
  const codes = selection.indicators ?? [];
  if (codes.length) {
    const known = new Set(
      (await em.find(Indicator, { $and: [{ code: { $in: codes } }, visibleIndicators(caller)] }, { fields: ['code'] })).map((i) => i.code),
    );
    const unknown = codes.findIndex((code) => !known.has(code));
    if (unknown >= 0) throw new BadUserInputError(`indicators[${unknown}]`, `"${codes[unknown]}" is not a known indicator code`);
  }
}

/** The area codes a selection names, its groupings expanded; null for every area. */
function selectedAreas(selection: ObservationSelection): string[] | null {
  if (selection.within?.includes(COUNTRY_CODE)) return null;
  const grouped = (selection.within ?? []).flatMap((county) => [county, ...municipalitiesIn(county)]);
  const areas = [...new Set([...(selection.areas ?? []), ...grouped])];
  return areas.length ? areas : null;
}

/** The database filter of a checked selection (all but `latest`), within what the caller may see. */
export function selectionWhere(em: EntityManager, caller: Caller, selection: ObservationSelection): ObjectQuery<Observation> {
  const parts: ObjectQuery<Observation>[] = [visibleObservations(em, caller)];
  const areas = selectedAreas(selection);
  if (selection.indicators?.length) parts.push({ indicatorCode: { $in: selection.indicators } });
  if (areas) parts.push({ areaCode: { $in: areas } });
  if (selection.areaLevel) parts.push({ areaLevel: selection.areaLevel });
  if (selection.periods?.length) {
    parts.push({
      $or: selection.periods
        .map((p, i) => checkedPeriod(`periods[${i}]`, p))
        .map(({ start, end }) => ({ periodStart: { $gte: start }, periodEnd: { $lte: end } })),
    });
  }
  return { $and: parts };
}

/**
 * The whole filter of a checked selection, `latest` included: one query finds each
 * indicator's periods under the rest of the filter, newest first, and keeps the first N.
 */
export async function selectionFilter(
  em: EntityManager,
  caller: Caller,
  selection: ObservationSelection,
): Promise<ObjectQuery<Observation>> {
  const where = selectionWhere(em, caller, selection);
  if (selection.latest == null) return where;
  const query = em
    .createQueryBuilder(Observation, 'o')
    .select([
      'o.indicator_code as code',
      'o.period as period',
      raw('max(o.period_end) as last_day'),
      raw('max(o.period_start) as first_day'),
    ])
    .where(where)
    .groupBy(['o.indicator_code', 'o.period'])
    .getKnexQuery()
    .orderByRaw('max(o.period_end) desc, max(o.period_start) desc, o.period desc');
  const rows = await em.getConnection().execute<{ code: string; period: string }[]>(query);
  const kept = new Map<string, string[]>();
  for (const { code, period } of rows) {
    const periods = kept.get(code) ?? [];
    if (periods.length < selection.latest) kept.set(code, [...periods, period]);
  }
  const latest: ObjectQuery<Observation>[] = [...kept].map(([indicatorCode, periods]) => ({ indicatorCode, period: { $in: periods } }));
  // No period at all: a filter that matches nothing.
  return { $and: [where, latest.length ? { $or: latest } : { id: { $in: [] } }] };
}

/** Indicator, then country before counties before municipalities ("country" < "county" < "municipality"), then time. */
export const OBSERVATION_ORDER: QueryOrderMap<Observation>[] = [
  { indicatorCode: 'asc' },
  { areaLevel: 'asc' },
  { areaCode: 'asc' },
  { periodStart: 'asc' },
  { periodEnd: 'asc' },
];
