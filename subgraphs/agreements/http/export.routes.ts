import type express from 'express';
import { replyError, sendBadParameter } from '../../common/http-errors.js';
import type { RouteDeps } from '../../common/server.js';
import { municipalityCodeProblem } from '../../common/validators.js';
import type { OrganisationsClient } from '../clients/organisations.client.js';
import { exportGrants } from '../services/export.service.js';

/**
 * `GET /export/360giving.json?municipality=4601&year=2026`: the grants of the agreements
 * the caller may see (public ones for anonymous callers). Errors in the one REST shape.
 */
export function exportRoutes(organisations: OrganisationsClient) {
  return (app: express.Express, deps: RouteDeps) => {
    app.get('/export/360giving.json', async (req, res) => {
      const municipality = typeof req.query.municipality === 'string' ? req.query.municipality : undefined;
      const yearText = typeof req.query.year === 'string' ? req.query.year : undefined;
      const badMunicipality = municipality === undefined ? null : municipalityCodeProblem(municipality);
      if (badMunicipality) return sendBadParameter(res, 'municipality', badMunicipality);
      if (yearText !== undefined && !/^\d{4}$/.test(yearText)) return sendBadParameter(res, 'year', `"${yearText}" is not a year (YYYY)`);
      try {
        const ctx = await deps.context(req);
        res.json(await exportGrants(ctx, organisations, municipality, yearText ? Number(yearText) : undefined));
      } catch (error) {
        replyError(res, error, deps.logger);
      }
    });
  };
}
