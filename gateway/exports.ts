import { Readable } from 'node:stream';
import type express from 'express';
import type { Verifier } from '../subgraphs/common/auth.js';
import type { SubgraphName } from '../subgraphs/common/config.js';
import { ErrorCode } from '../subgraphs/common/errors.js';
import { sendErrorReply, sendRestError } from '../subgraphs/common/http-errors.js';
import type { Logger } from '../subgraphs/common/logger.js';
import { SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './datasource.js';

/**
 * HTTP downloads live in the subgraph that owns the data; the gateway passes them
 * through so that clients keep one endpoint (and one place that checks tokens).
 */
const EXPORT_ROUTES: readonly { path: string; subgraph: SubgraphName }[] = [
  { path: '/export/observations.csv', subgraph: 'indicators' },
  { path: '/export/observations.json-stat', subgraph: 'indicators' },
  { path: '/export/tables', subgraph: 'indicators' },
  { path: '/export/360giving.json', subgraph: 'agreements' },
  { path: '/volunteers/me/export', subgraph: 'volunteers' },
];

/** Response headers worth passing on; nothing that names the subgraph's host. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'last-modified'];

export function exportRoutes(
  app: express.Express,
  urls: Record<SubgraphName, string>,
  verify: Verifier,
  timeoutMs: number,
  logger: Logger,
) {
  for (const route of EXPORT_ROUTES) {
    app.get(route.path, async (req, res) => {
      try {
        await verify(req.headers.authorization);
      } catch (error) {
        return sendRestError(res, ErrorCode.UNAUTHENTICATED, (error as Error).message);
      }
      const target = new URL(route.path, urls[route.subgraph]);
      target.search = new URL(req.url, 'http://gateway').search;
      const headers: Record<string, string> = { 'x-request-id': String(req.headers['x-request-id'] ?? '') };
      if (req.headers.authorization) headers.authorization = req.headers.authorization;
      let upstream: Response;
      try {
        upstream = await fetch(target, { headers, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const timedOut = (error as Error).name === 'TimeoutError';
        logger.warn({ err: error, subgraph: route.subgraph }, 'export pass-through failed');
        return timedOut
          ? sendErrorReply(res, 504, SUBGRAPH_TIMEOUT, `the ${route.subgraph} service did not answer within ${timeoutMs} ms`)
          : sendErrorReply(res, 502, SUBGRAPH_UNAVAILABLE, `the ${route.subgraph} service is unavailable`);
      }
      res.status(upstream.status);
      for (const name of PASSED_HEADERS) {
        const value = upstream.headers.get(name);
        if (value) res.setHeader(name, value);
      }
      if (!upstream.body) return res.end();
      Readable.fromWeb(upstream.body as import('node:stream/web').ReadableStream).pipe(res);
    });
  }
}
