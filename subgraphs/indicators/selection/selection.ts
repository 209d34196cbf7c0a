import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError } from '../../common/errors.js';
import { areaProblem } from '../areas.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { AreaLevel } from '../enums.js';
import { parsePeriod, periodProblem } from '../periods.js';
import { visibleIndicators, visibleObservations } from '../visibility.js';

/** A selection of observations, the same for the GraphQL query and the HTTP exports; an empty or absent list means all. */
export interface ObservationSelection {
  indicators?: string[] | null;
  areas?: string[] | null;
  areaLevel?: AreaLevel | null;
  /** Observations whose period lies within any of these. */
  periods?: string[] | null;
}

/** Longest list one filter takes (the 357 municipalities, their counties and the country fit). */
export const MAX_FILTER_VALUES = 500;

function checkLength(field: string, values: string[] | null | undefined) {
  if (values && values.length > MAX_FILTER_VALUES) throw new BadUserInputError(field, `at most ${MAX_FILTER_VALUES} values, got ${values.length}`);
}

/**
 * Validates every part of a selection before anything is read, naming the field:
 * an indicator the caller cannot see is as unknown as one that does not exist.
 */
export async function checkSelection(em: EntityManager, caller: Caller, selection: ObservationSelection): Promise<void> {
  checkLength('indicators', selection.indicators);
  checkLength('areas', selection.areas);
  checkLength('periods', selection.periods);
  for (const [i, code] of (selection.areas ?? []).entries()) {
    const problem = areaProblem(code);
    if (problem) throw new BadUserInputError(`areas[${i}]`, problem);
  }
  for (const [i, period] of (selection.periods ?? []).entries()) {
    const problem = periodProblem(period);
    if (problem) throw new BadUserInputError(`periods[${i}]`, problem);
  }
  const codes = selection.indicators ?? [];
  if (codes.length) {
    const known = new Set((await em.find(Indicator, { $and: [{ code: { $in: codes } }, visibleIndicators(caller)] }, { fields: ['code'] })).map((i) => i.code));
    const unknown = codes.findIndex((code) => !known.has(code));
    if (unknown >= 0) throw new BadUserInputError(`indicators[${unknown}]`, `"${codes[unknown]}" is not a known indicator code`);
  }
}

/** The database filter of a checked selection, within what the caller may see. */
export function selectionWhere(em: EntityManager, caller: Caller, selection: ObservationSelection): FilterQuery<Observation> {
  const parts: FilterQuery<Observation>[] = [visibleObservations(em, caller)];
  if (selection.indicators?.length) parts.push({ indicatorCode: { $in: selection.indicators } });
  if (selection.areas?.length) parts.push({ areaCode: { $in: selection.areas } });
  if (selection.areaLevel) parts.push({ areaLevel: selection.areaLevel });
  if (selection.periods?.length) {
    parts.push({ $or: selection.periods.map((p) => parsePeriod(p)!).map(({ start, end }) => ({ periodStart: { $gte: start }, periodEnd: { $lte: end } })) });
  }
  return { $and: parts };
}

/** Indicator, then country before counties before municipalities ("country" < "county" < "municipality"), then time. */
export const OBSERVATION_ORDER: QueryOrderMap<Observation>[] = [
  { indicatorCode: 'asc' }, { areaLevel: 'asc' }, { areaCode: 'asc' }, { periodStart: 'asc' }, { periodEnd: 'asc' },
];
