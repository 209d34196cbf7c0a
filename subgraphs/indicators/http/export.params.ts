import type express from 'express';
import { BadUserInputError } from '../../common/errors.js';
import { AreaLevel } from '../enums.js';
import type { Language } from '../rules/cells.js';
import type { ObservationSelection } from '../services/selection.service.js';

type Query = express.Request['query'];

/** `?x=a,b&x=c` → ["a","b","c"]; absent → null. */
function list(query: Query, name: string): string[] | null {
  const raw = query[name];
  if (raw === undefined) return null;
  const values = (Array.isArray(raw) ? raw : [raw])
    .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
    .map((v) => v.trim())
    .filter(Boolean);
  return values.length ? values : null;
}

const AREA_LEVELS = new Map<string, AreaLevel>(Object.values(AreaLevel).map((level) => [level, level]));

/** `lang`: nb (default) or en. */
export function languageFromQuery(query: Query): Language {
  const lang = query.lang ?? 'nb';
  if (lang !== 'nb' && lang !== 'en') throw new BadUserInputError('lang', `"${String(lang)}" is not a language: give nb or en`);
  return lang;
}

/** `latest`: a whole number (its range is the selection's rule); absent → null. */
function latestFromQuery(query: Query): number | null {
  const raw = query.latest;
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new BadUserInputError('latest', `"${String(raw)}" is not a number of periods`);
  return Number(raw);
}

/** The same selection the GraphQL `observations` query takes, from the query string. */
export function selectionFromQuery(query: Query): ObservationSelection & { lang: Language } {
  const rawLevel = query.areaLevel;
  const areaLevel = typeof rawLevel === 'string' ? AREA_LEVELS.get(rawLevel.toLowerCase()) : undefined;
  if (rawLevel !== undefined && !areaLevel) {
    throw new BadUserInputError(
      'areaLevel',
      `"${String(rawLevel)}" is not an area level: give one of ${Object.keys(AreaLevel).join(', ')}`,
    );
  }
  return {
    indicators: list(query, 'indicators'),
    areas: list(query, 'areas'),
    within: list(query, 'within'),
    periods: list(query, 'periods'),
    latest: latestFromQuery(query),
    areaLevel: areaLevel ?? null,
    lang: languageFromQuery(query),
  };
}
