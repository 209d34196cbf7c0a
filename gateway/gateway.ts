import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createVerifier } from '../subgraphs/common/auth.js';
import type { SubgraphName } from '../subgraphs/common/config.js';
import { createLogger, requestLogging } from '../subgraphs/common/logger.js';
import { maskError } from '../subgraphs/common/mask.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { GatewayDataSource, SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './datasource.js';
import { exportRoutes } from './exports.js';
import { limitProtections } from './limits.js';
import { GatewayMetrics } from './metrics.js';
import { bodyErrors, operationsRoutes, type OperationsState } from './routes.js';

export interface GatewayService {
  app: express.Express;
  metrics: GatewayMetrics;
  listen(port: number, host?: string): Promise<string>;
  /** Stops taking connections, lets in-flight requests finish (at most `shutdownGraceMs`), then stops. */
  close(): Promise<void>;
}

/** Builds the gateway over the committed supergraph, without listening. */
export async function createGateway(config: GatewayConfig): Promise<GatewayService> {
  const logger = createLogger('gateway');
  const verify = createVerifier(config.auth);
  const metrics = new GatewayMetrics();
  const app = express();
  // Built before listening so the drain plugin can track every connection.
  const server = http.createServer(app);
  const limits = limitProtections(config.limits, config.introspection);

  // @apollo/gateway otherwise probes the cloud metadata endpoints (AWS, GCP, Azure) and sends usage
  // metrics to Apollo from every gateway; this door into personal data makes no outbound calls but to
  // its subgraphs. The library reads only this variable, when the gateway is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) =>
      new GatewayDataSource({
        name,
        url: config.subgraphUrls[name as SubgraphName] ?? url,
        timeoutMs: config.subgraphTimeoutMs,
        retries: config.subgraphRetries,
        onFetch: (subgraph, seconds, outcome) => metrics.fetched(subgraph, seconds, outcome),
        onRequest: config.onSubgraphRequest,
      }),
  });
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // The gateway's own subgraph errors name the subgraph and nothing of its address; keep them.
    const masked =
      code === SUBGRAPH_TIMEOUT || code === SUBGRAPH_UNAVAILABLE
        ? { message: formatted.message, path: formatted.path, extensions: { code, serviceName: formatted.extensions?.serviceName } }
        : maskError(formatted, error, logger);
    metrics.error(String(masked.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    return masked;
  };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    csrfPrevention: true,
    // start-service.ts owns the signals and calls close(), which drains first.
    stopOnTerminationSignals: false,
    formatError,
    validationRules: limits.validationRules,
    plugins: [
      ...limits.plugins,
      metrics.plugin(),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
    ],
  });
  await apollo.start();

  const state: OperationsState = { draining: false };
  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  operationsRoutes(app, config.subgraphUrls, metrics, state);
  exportRoutes(app, config.subgraphUrls, verify, config.subgraphTimeoutMs, logger);
  app.use(
    '/graphql',
    express.json({ limit: config.limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const authorization = req.headers.authorization;
        return { caller: await verify(authorization), authorization, requestId: req.headers['x-request-id'] as string };
      },
    }),
  );
  app.use(bodyErrors(config.limits, metrics, logger));

  return {
    app,
    metrics,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          logger.info({ port: actual }, 'gateway listening');
          resolve(`http://127.0.0.1:${actual}/graphql`);
        });
      });
    },
    async close() {
      state.draining = true;
      await apollo.stop();
      logger.info('gateway stopped');
    },
  };
}
