import type express from 'express';
import { GraphQLError } from 'graphql';
import { BadUserInputError, ErrorCode } from '../../common/errors.js';
import type { RouteDeps } from '../../common/server.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { AreaLevel } from '../enums.js';
import { checkSelection, OBSERVATION_ORDER, selectionWhere, type ObservationSelection } from '../selection/selection.js';
import { categories, type ExportData, type Language } from './cells.js';
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

/** Answers an export error as JSON: client errors with their code (and field), anything else as a bare 500. */
function sendError(res: express.Response, error: unknown, deps: RouteDeps, path: string) {
  const code = error instanceof GraphQLError ? (error.extensions.code as string) : undefined;
  const status = code ? HTTP_STATUS[code] : undefined;
  if (status) {
    const field = code === ErrorCode.BAD_USER_INPUT ? { field: (error as GraphQLError).extensions.field } : {};
    res.status(status).json({ error: { code, message: (error as GraphQLError).message, ...field } });
    return;
  }
  deps.logger.error({ err: error, path }, 'export failed');
  res.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' } });
}

/** GET /export/observations.csv and /export/observations.json-stat over any selection the caller may see. */
export function exportRoutes(app: express.Express, deps: RouteDeps): void {
  const route = (path: string, contentType: string, render: (data: ExportData, lang: Language) => string) => {
    const filename = path.split('/').pop()!;
    app.get(path, async (req, res) => {
      try {
        const ctx = await deps.context(req);
        const { lang, ...selection } = selectionFromQuery(req.query);
        await checkSelection(ctx.em, ctx.caller, selection);
        const observations = await ctx.em.find(Observation, selectionWhere(ctx.em, ctx.caller, selection), { orderBy: OBSERVATION_ORDER });
        const indicators = await ctx.em.find(Indicator, { code: { $in: [...new Set(observations.map((o) => o.indicatorCode))] } });
        const body = render({ observations, indicators }, lang);
        // no-store: what a caller may see depends on the token.
        res.type(contentType).set({ 'cache-control': 'no-store', 'content-disposition': `inline; filename="${filename}"` }).send(body);
      } catch (error) {
        sendError(res, error, deps, path);
      }
    });
  };

  route('/export/observations.csv', 'text/csv; charset=utf-8', toCsv);
  route('/export/observations.json-stat', 'application/json; charset=utf-8', (data, lang) => {
    const { indicators, areas, periods } = categories(data);
    const cells = indicators.length * areas.length * periods.length;
    if (cells > MAX_CELLS) throw new BadUserInputError('indicators', `the selection spans ${cells} cells (at most ${MAX_CELLS}); narrow indicators, areas or periods`);
    return JSON.stringify(toJsonStat(data, lang));
  });
}
