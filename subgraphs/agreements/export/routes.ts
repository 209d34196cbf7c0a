import type express from 'express';
import type { GraphQLError } from 'graphql';
import type { RouteDeps } from '../../common/server.js';
import { isMunicipalityCode } from '../../common/municipalities.js';
import { type OrganisationDirectory } from '../organisation-directory.js';
import { grantSources } from './grants.js';
import { toGrant } from './giving360.js';

/** `GET /export/360giving.json?municipality=4601&year=2026`: the caller's visible grants and funded agreements (public ones for anonymous callers). */
export function exportRoutes(directory: OrganisationDirectory) {
  return (app: express.Express, deps: RouteDeps) => {
    app.get('/export/360giving.json', async (req, res) => {
      const municipality = typeof req.query.municipality === 'string' ? req.query.municipality : undefined;
      const yearText = typeof req.query.year === 'string' ? req.query.year : undefined;
      if (municipality !== undefined && !isMunicipalityCode(municipality)) {
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', field: 'municipality', message: `"${municipality}" is not a municipality in the 2024 division` } });
        return;
      }
      if (yearText !== undefined && !/^\d{4}$/.test(yearText)) {
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', field: 'year', message: `"${yearText}" is not a year (YYYY)` } });
        return;
      }
      let ctx;
      try {
        ctx = await deps.context(req);
      } catch (error) {
        res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: (error as GraphQLError).message } });
        return;
      }
      try {
        const sources = await grantSources(ctx, municipality, yearText ? Number(yearText) : undefined);
        const organisations = await directory.find(sources.flatMap((s) => s.partyIds), { authorization: ctx.authorization, requestId: ctx.requestId });
        res.json({ grants: sources.map((s) => toGrant(s, organisations)) });
      } catch (error) {
        deps.logger.error({ err: error }, '360Giving export failed');
        res.status(503).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'the export could not be made now; try again' } });
      }
    });
  };
}
