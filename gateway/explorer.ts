import type { BuildOptions } from 'esbuild';
import type express from 'express';
import type { Logger } from '../subgraphs/common/logger.js';
import { webPage } from './web-page.js';

const SOURCE = new URL('../web/explorer/', import.meta.url);

/**
 * Everything from the gateway's own origin. Fonts and icons are inlined as data: URLs;
 * inline styles are allowed because GraphiQL's dialogs (Radix) add a <style> element.
 */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** GraphiQL, React and CodeMirror 5 from node_modules, their CSS and fonts, bundled into memory. */
const BUILD: BuildOptions = {
  jsx: 'automatic',
  // React's production build; the development one is five times larger and warns in the console.
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'dataurl', '.woff': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  // Only for subscriptions over WebSocket (a `subscriptionUrl`), which the graph has none of.
  external: ['graphql-ws'],
};

/**
 * The GraphQL explorer (GraphiQL 3) at GET /graphql when a browser asks for HTML, and at
 * /explorer: served from the gateway's own origin, so it works with no internet. GET
 * /graphql with a query, or asking for JSON, goes on to the GraphQL endpoint.
 */
export function explorerPage(app: express.Express, logger: Logger): void {
  const send = webPage({ title: 'the explorer', source: SOURCE, entry: 'app.tsx', csp: CSP, build: BUILD }, logger);
  const html = (res: express.Response) => send(res, 'text/html; charset=utf-8', (a) => a.html);
  app.get('/graphql', (req, res, next) => {
    const wantsPage =
      req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage) return next();
    res.vary('accept');
    return html(res);
  });
  app.get('/explorer', (_req, res) => html(res));
  app.get('/explorer/app.js', (_req, res) => send(res, 'text/javascript; charset=utf-8', (a) => a.js));
  app.get('/explorer/app.css', (_req, res) => send(res, 'text/css; charset=utf-8', (a) => a.css));
}
