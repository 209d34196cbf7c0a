import type express from 'express';
import { BadUserInputError } from '../../common/errors.js';
import { replyError } from '../../common/http-errors.js';
import type { RouteDeps } from '../../common/server.js';
import type { IndicatorsSettings } from '../config.js';
import { toCatalogue } from '../rules/catalogue.js';
import { categories, type ExportData, type Language } from '../rules/cells.js';
import { toCsv } from '../rules/csv.js';
import { toJsonStat } from '../rules/json-stat.js';
import { catalogue } from '../services/catalogue.service.js';
import { exportData } from '../services/export.service.js';
import { languageFromQuery, selectionFromQuery } from './export.params.js';

/** What a caller may see depends on the token: never cached. */
const NO_STORE = { 'cache-control': 'no-store' };

/**
 * GET /export/observations.csv and /export/observations.json-stat over any selection
 * the caller may see, and GET /export/tables, the catalogue of what there is;
 * errors in the one REST shape (common/http-errors).
 */
export function exportRoutes(app: express.Express, deps: RouteDeps, settings: IndicatorsSettings): void {
  const route = (path: string, contentType: string, render: (data: ExportData, lang: Language, now: Date) => string) => {
    const filename = path.split('/').pop() ?? path;
    app.get(path, async (req, res) => {
      try {
        const ctx = await deps.context(req);
        const { lang, ...selection } = selectionFromQuery(req.query);
        const body = render(await exportData(ctx, selection), lang, ctx.clock.now());
        res
          .type(contentType)
          .set({ ...NO_STORE, 'content-disposition': `inline; filename="${filename}"` })
          .send(body);
      } catch (error) {
        replyError(res, error, deps.logger);
      }
    });
  };

  route('/export/observations.csv', 'text/csv; charset=utf-8', toCsv);
  route('/export/observations.json-stat', 'application/json; charset=utf-8', (data, lang, now) => {
    const { indicators, areas, periods } = categories(data);
    const cells = indicators.length * areas.length * periods.length;
    if (cells > settings.exportMaxCells) {
      throw new BadUserInputError(
        'indicators',
        `the selection spans ${cells} cells (at most ${settings.exportMaxCells}); narrow indicators, areas or periods`,
      );
    }
    return JSON.stringify(toJsonStat(data, lang, now));
  });

  app.get('/export/tables', async (req, res) => {
    try {
      const ctx = await deps.context(req);
      const lang = languageFromQuery(req.query);
      res.set(NO_STORE).json(toCatalogue(await catalogue(ctx.em, ctx.caller), lang, ctx.clock.now()));
    } catch (error) {
      replyError(res, error, deps.logger);
    }
  });
}
