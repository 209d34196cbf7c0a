import type express from 'express';
import { replyError } from '../../common/http-errors.js';
import type { RouteDeps } from '../../common/server.js';
import { selfOrAdmin } from '../access.js';
import { exportVolunteer } from '../services/export.service.js';

/**
 * GET /volunteers/me/export: the signed-in volunteer's own data as one JSON
 * document (admins add ?volunteerId=). Everyone else is refused, in the one REST
 * error shape (common/http-errors.ts).
 */
export function exportRoutes(app: express.Express, deps: RouteDeps) {
  app.get('/volunteers/me/export', async (req, res) => {
    try {
      const ctx = await deps.context(req);
      const named = typeof req.query.volunteerId === 'string' ? req.query.volunteerId : null;
      const document = await exportVolunteer(ctx, selfOrAdmin(ctx.caller, named, 'the own-data export'));
      res.setHeader('content-disposition', 'attachment; filename="samspill-my-data.json"');
      res.json(document);
    } catch (error) {
      replyError(res, error, deps.logger);
    }
  });
}
