import type express from 'express';
import { GraphQLError } from 'graphql';
import { BadUserInputError, ErrorCode } from '../../common/errors.js';
import type { RouteDeps } from '../../common/server.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { AreaLevel } from '../enums.js';
import { checkSelection, OBSERVATION_ORDER, selectionWhere, type ObservationSelection } from '../selection/selection.js';
import type { ExportData, Language } from './cells.js';
import { toCsv } from './csv.js';
import { toJsonStat } from './json-stat.js';

/** Largest cube a JSON-stat export builds (indicators × areas × periods). */
export const MAX_CELLS = 1_000_000;

/** `?x=a,b&x=c` → ["a","b","c"]; absent → null. */
function list(query: express.Request['query'], name: string): string[] | null {
  const raw = query[name];
  if (raw === undefined) return null;
  const values = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [])).map((v) => v.trim()).filter(Boolean);
  return values.length ? values : null;
}

/** The same selection the GraphQL `observations` query takes, from the query string. */
export function selectionFromQuery(query: express.Request['query']): ObservationSelection & { lang: Language } {
  const level = typeof query.areaLevel === 'string' ? query.areaLevel.toLowerCase() : undefined;
  if (level !== undefined && !Object.values(AreaLevel).includes(level as AreaLevel)) {
    throw new BadUserInputError('areaLevel', `"${query.areaLevel}" is not an area level: give one of ${Object.keys(AreaLevel).join(', ')}`);
  }
  const lang = query.lang ?? 'nb';
  if (lang !== 'nb' && lang !== 'en') throw new BadUserInputError('lang', `"${String(lang)}" is not a language: give nb or en`);
  return { indicators: list(query, 'indicators'), areas: list(query, 'areas'), periods: list(query, 'periods'), areaLevel: (level as AreaLevel) ?? null, lang };
}

const HTTP_STATUS: Record<string, number> = { [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403 };

/** GET /export/observations.csv and /export/observations.json-stat over any selection the caller may see. */
export function exportRoutes(app: express.Express, deps: RouteDeps): void {
  const route = (path: string, contentType: string, render: (data: ExportData, lang: Language) => string) =>
    app.get(path, async (req, res) => {
      try {
        const ctx = await deps.context(req);
        const { lang, ...selection } = selectionFromQuery(req.query);
        await checkSelection(ctx.em, ctx.caller, selection);
        const observations = await ctx.em.find(Observation, selectionWhere(ctx.em, ctx.caller, selection), { orderBy: OBSERVATION_ORDER });
        const indicators = await ctx.em.find(Indicator, { code: { $in: [...new Set(observations.map((o) => o.indicatorCode))] } });
        const body = render({ observations, indicators }, lang);
        res.type(contentType).set('cache-control', 'no-store').send(body);
      } catch (error) {
        const code = error instanceof GraphQLError ? (error.extensions.code as string) : undefined;
        const status = code ? HTTP_STATUS[code] : undefined;
        if (status) {
          res.status(status).json({ error: { code, message: (error as GraphQLError).message, ...(code === ErrorCode.BAD_USER_INPUT ? { field: (error as GraphQLError).extensions.field } : {}) } });
          return;
        }
        deps.logger.error({ err: error, path }, 'export failed');
        res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' } });
      }
    });

  route('/export/observations.csv', 'text/csv; charset=utf-8', toCsv);
  route('/export/observations.json-stat', 'application/json; charset=utf-8', (data, lang) => {
    const cells = new Set(data.observations.map((o) => o.indicatorCode)).size * new Set(data.observations.map((o) => o.areaCode)).size * new Set(data.observations.map((o) => o.period)).size;
    if (cells > MAX_CELLS) throw new BadUserInputError('indicators', `the selection spans ${cells} cells (at most ${MAX_CELLS}); narrow indicators, areas or periods`);
    return JSON.stringify(toJsonStat(data, lang));
  });
}
