import type express from 'express';
import type { ErrorRequestHandler } from 'express';
import type { SubgraphName } from '../subgraphs/common/config.js';
import type { Logger } from '../subgraphs/common/logger.js';
import type { GatewayLimits } from './config.js';
import { subgraphHealth } from './health.js';
import { LIMIT_VARIABLES } from './limits.js';
import type { GatewayMetrics } from './metrics.js';

export interface OperationsState {
  /** Set once close() begins: readiness turns false so a load balancer stops sending. */
  draining: boolean;
}

/** GET /health (liveness, with a report of each subgraph), GET /ready (every subgraph answers) and GET /metrics. */
export function operationsRoutes(app: express.Express, urls: Record<SubgraphName, string>, metrics: GatewayMetrics, state: OperationsState) {
  app.get('/health', async (_req, res) => {
    const subgraphs = await subgraphHealth(urls);
    const status = Object.values(subgraphs).every((s) => s === 'ok') ? 'ok' : 'degraded';
    res.json({ status, gateway: 'ok', subgraphs });
  });
  app.get('/ready', async (_req, res) => {
    const subgraphs = await subgraphHealth(urls);
    const ready = !state.draining && Object.values(subgraphs).every((s) => s === 'ok');
    res.status(ready ? 200 : 503).json({ ready, draining: state.draining, subgraphs });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/**
 * Turns body-parser's refusals into GraphQL-shaped JSON: a body over the size
 * limit is 413 with the limit and the size seen; unreadable JSON is 400.
 * Anything else is an internal fault and says nothing about itself.
 */
export function bodyErrors(limits: GatewayLimits, metrics: GatewayMetrics, logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; length?: number; received?: number; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    const reply = (status: number, code: string, message: string, extensions: Record<string, unknown> = {}) => {
      metrics.error(code);
      res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
    };
    if (error.type === 'entity.too.large') {
      // A declared Content-Length is the size; a chunked body is read only until it passes the limit.
      const seen = error.length !== undefined ? `${error.length}` : `at least ${error.received}`;
      return reply(413, 'BAD_REQUEST', `Request body limit of ${limits.maxBodyBytes} bytes exceeded, found ${seen} bytes. (${LIMIT_VARIABLES.maxBodyBytes})`, {
        limit: 'maxBodyBytes',
      });
    }
    if (error.type === 'entity.parse.failed') return reply(400, 'BAD_REQUEST', 'the request body is not valid JSON');
    logger.error({ err: error }, 'request failed before GraphQL');
    return reply(error.status && error.status < 500 ? error.status : 500, error.status && error.status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', 'the request could not be read');
  };
}
