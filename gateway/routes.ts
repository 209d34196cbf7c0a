import { createHash, timingSafeEqual } from 'node:crypto';
import type express from 'express';
import type { RequestHandler } from 'express';
import { ErrorCode } from '../subgraphs/common/errors.js';
import { requestErrors, sendRestError, type PlainErrorHandler } from '../subgraphs/common/http-errors.js';
import type { SubgraphName } from '../subgraphs/common/config.js';
import type { Logger } from '../subgraphs/common/logger.js';
import { LIMIT_VARIABLES, type GatewayLimits } from './config.js';
import { subgraphHealth } from './health.js';
import type { GatewayMetrics } from './metrics.js';

export interface OperationsState {
  /** Set once close() begins: readiness turns false so a load balancer stops sending. */
  draining: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * GET /metrics (Prometheus text). With a token, only a request that carries it as
 * `Authorization: Bearer <token>` reads it (compared in constant time); the others get 401.
 */
export function metricsRoute(metrics: GatewayMetrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return async (req, res) => {
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      return sendRestError(res, ErrorCode.UNAUTHENTICATED, '/metrics needs the metrics token (METRICS_TOKEN) as a bearer token');
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * GET /health (liveness, with a report of each subgraph) and GET /ready (every subgraph answers).
 * /metrics is on the public port only when it has a token (METRICS_TOKEN); otherwise it is on its own port alone.
 */
export function operationsRoutes(
  app: express.Express,
  urls: Record<SubgraphName, string>,
  metrics: GatewayMetrics,
  metricsToken: string | undefined,
  state: OperationsState,
) {
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
  if (metricsToken) app.get('/metrics', metricsRoute(metrics, metricsToken));
}

/** The shared request error handler (common/http-errors), with every refusal counted in the metrics. */
export function bodyErrors(limits: GatewayLimits, metrics: GatewayMetrics, logger: Logger): PlainErrorHandler {
  return requestErrors({
    maxBodyBytes: limits.maxBodyBytes,
    bodyLimitVariable: LIMIT_VARIABLES.maxBodyBytes,
    logger,
    onError: (code) => metrics.error(code),
  });
}
