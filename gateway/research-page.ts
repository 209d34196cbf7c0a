import type express from 'express';
import type { Logger } from '../subgraphs/common/logger.js';
import { webPage } from './web-page.js';

const SOURCE = new URL('../web/research/', import.meta.url);

/** Scripts, styles, data and fonts only from the gateway's own origin: the page asks no other host. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * The researcher page at /research, served from the gateway's own origin: it reads
 * the catalogue and the exports the gateway passes through. It is bundled in memory
 * on the first request (about a second), so `npm start` needs no build step.
 */
export function researchPage(app: express.Express, logger: Logger): void {
  const send = webPage({ title: 'the researcher page', source: SOURCE, entry: 'app.ts', stylesheet: 'app.css', csp: CSP }, logger);
  app.get('/research', (_req, res) => send(res, 'text/html; charset=utf-8', (a) => a.html));
  app.get('/research/app.js', (_req, res) => send(res, 'text/javascript; charset=utf-8', (a) => a.js));
  app.get('/research/app.css', (_req, res) => send(res, 'text/css; charset=utf-8', (a) => a.css));
}
