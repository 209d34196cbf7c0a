import type express from 'express';
import type { RouteDeps } from '../common/server.js';
import { exportVolunteer } from './services/export.service.js';

/**
 * GET /volunteers/me/export: the signed-in volunteer's own data as one JSON
 * document (admins may add ?volunteerId=). Everyone else is refused.
 */
export function routes(app: express.Express, deps: RouteDeps) {
  app.get('/volunteers/me/export', async (req, res) => {
    try {
      const ctx = await deps.context(req);
      const { caller } = ctx;
      const id = caller.role === 'volunteer' ? caller.volunteerId : caller.role === 'admin' ? String(req.query.volunteerId ?? '') : undefined;
      if (caller.role === 'anonymous') return void res.status(401).json({ error: 'UNAUTHENTICATED', message: 'a volunteer token is required' });
      if (!id) return void res.status(403).json({ error: 'FORBIDDEN', message: 'only volunteers export their own data' });
      const document = await exportVolunteer(ctx.em, id);
      res.setHeader('content-disposition', 'attachment; filename="samspill-my-data.json"');
      res.json(document);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'UNAUTHENTICATED') return void res.status(401).json({ error: code, message: (error as Error).message });
      if (code === 'NOT_FOUND') return void res.status(404).json({ error: code, message: (error as Error).message });
      deps.logger.error({ err: error }, 'export failed');
      res.status(500).json({ error: 'INTERNAL_SERVER_ERROR' });
    }
  });
}
