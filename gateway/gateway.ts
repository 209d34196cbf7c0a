import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { createVerifier } from '../subgraphs/common/auth.js';
import type { SubgraphName } from '../subgraphs/common/config.js';
import { graphqlOverHttp, isGraphQLPost } from '../subgraphs/common/graphql-http.js';
import { jsonBodiesOnly, routeNotFound, withRequestFaultCode, type PlainHandler } from '../subgraphs/common/http-errors.js';
import { createLogger, requestLogging } from '../subgraphs/common/logger.js';
import { tokenLimit } from '../subgraphs/common/limits.js';
import { maskError } from '../subgraphs/common/mask.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { corsMiddleware } from './cors.js';
import { GatewayDataSource, SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE, type FetchOutcome } from './datasource.js';
import { exportRoutes } from './exports.js';
import { explorerPage } from './explorer.js';
import { limitProtections } from './limits.js';
import { GatewayMetrics } from './metrics.js';
import { researchPage } from './research-page.js';
import { CacheAwareDataSource, ResponseCache, responseCachePlugin } from './response-cache.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';
import { bodyErrors, metricsRoute, operationsRoutes, type OperationsState } from './routes.js';

export interface GatewayService {
  app: express.Express;
  metrics: GatewayMetrics;
  /** Starts listening on `port` (0: a free one) and on the metrics port when there is one; resolves to the URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  /** Where /metrics is served on its own port, once listening (undefined with METRICS_PORT=off). */
  readonly metricsUrl: string | undefined;
  /** Stops taking connections, lets in-flight requests finish (at most `shutdownGraceMs`), then stops. */
  close(): Promise<void>;
}

/** Builds the gateway over the committed supergraph, without listening. */
export async function createGateway(config: GatewayConfig): Promise<GatewayService> {
  const logger = createLogger('gateway');
  const verify = createVerifier(config.auth);
  const metrics = new GatewayMetrics(config.metrics);
  const app = express();
  // Until Apollo Server has started (below), every request goes to express; then `POST /graphql` takes the
  // lean path (subgraphs/common/graphql-http.ts). Built before listening so the drain plugin can track every connection.
  let graphqlPost: http.RequestListener = app;
  const server = http.createServer((req, res) => (isGraphQLPost(req) ? graphqlPost(req, res) : app(req, res)));
  // /metrics on a port of its own, not published beside the public one.
  const metricsApp = express()
    .disable('x-powered-by')
    .get('/metrics', metricsRoute(metrics, config.metrics.token))
    .use(routeNotFound())
    .use(bodyErrors(config.limits, metrics, logger));
  const metricsServer = config.metrics.port === undefined ? undefined : http.createServer(metricsApp);
  let metricsUrl: string | undefined;
  const limits = limitProtections(config.limits, config.introspection, config.supergraphSdl);

  // @apollo/gateway otherwise probes the cloud metadata endpoints (AWS, GCP, Azure) and sends usage
  // metrics to Apollo from every gateway; this door into personal data makes no outbound calls but to
  // its subgraphs. The library reads only this variable, when the gateway is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const cache = config.cache.enabled ? new ResponseCache(config.cache) : undefined;
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const options = {
        name,
        url: config.subgraphUrls[name as SubgraphName] ?? url,
        timeoutMs: config.subgraphTimeoutMs,
        retries: config.subgraphRetries,
        maxSockets: config.subgraphMaxSockets,
        dedupe: config.dedupe,
        breaker: config.breaker,
        onFetch: (subgraph: string, seconds: number, outcome: FetchOutcome) => metrics.fetched(subgraph, seconds, outcome),
        onRequest: config.onSubgraphRequest,
      };
      return cache ? new CacheAwareDataSource(options, cache, metrics) : new GatewayDataSource(options);
    },
  });
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // The gateway's own subgraph errors name the subgraph and nothing of its address; keep them.
    const masked =
      code === SUBGRAPH_TIMEOUT || code === SUBGRAPH_UNAVAILABLE
        ? { message: formatted.message, path: formatted.path, extensions: { code, serviceName: formatted.extensions?.serviceName } }
        : maskError(withRequestFaultCode(formatted, error), error, logger);
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
    // Apollo's own messages go through the same redacting logger, not the console.
    logger,
    validationRules: limits.validationRules,
    plugins: [
      ...(config.trustedDocuments ? [trustedDocumentsPlugin(config.trustedDocuments)] : []),
      ...limits.plugins,
      metrics.plugin(),
      // Its responseForOperation runs after every plugin's didResolveOperation (trusted documents, limits, cost), so a
      // cached answer goes only to a request they let through.
      ...(cache ? [responseCachePlugin(cache, metrics)] : []),
      // Apollo's landing page loads Sandbox from a CDN; the gateway serves its own explorer (explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: config.shutdownGraceMs }),
    ],
  });
  await apollo.start();

  const state: OperationsState = { draining: false };
  const logRequest = requestLogging(logger);
  const cors = corsMiddleware(config.corsOrigins) as PlainHandler;
  const onRequestError = bodyErrors(config.limits, metrics, logger);
  const steps: PlainHandler[] = [
    jsonBodiesOnly((code) => metrics.error(code)),
    express.json({ limit: config.limits.maxBodyBytes }),
    tokenLimit(config.limits.maxTokens, (code) => metrics.error(code)),
  ];
  const context = async (req: http.IncomingMessage): Promise<GatewayContext> => {
    const authorization = req.headers.authorization;
    return { caller: await verify(authorization), authorization, requestId: req.headers['x-request-id'] as string };
  };
  graphqlPost = graphqlOverHttp({ apollo, steps: [logRequest, cors, ...steps], onError: onRequestError, context });

  app.disable('x-powered-by');
  // Answers to POST carry no ETag: nothing revalidates them, and hashing every answer costs CPU.
  app.set('etag', false);
  app.use(logRequest);
  // Before every route, so preflights of /graphql and the exports are answered here.
  app.use(cors);
  operationsRoutes(app, config.subgraphUrls, metrics, config.metrics.token, state);
  exportRoutes(app, config.subgraphUrls, verify, config.subgraphTimeoutMs, logger);
  researchPage(app, logger);
  // The explorer needs the schema, so it is there when introspection is.
  if (config.introspection) explorerPage(app, logger);
  // app.all, not app.use: /graphql exactly, so /graphql/anything is a 404 like any unknown route.
  // (POST /graphql itself takes the lean path above; this route serves GET and the other spellings.)
  app.all('/graphql', ...steps, expressMiddleware(apollo, { context: ({ req }) => context(req) }));
  app.use(routeNotFound((code) => metrics.error(code)));
  app.use(onRequestError);

  const listenOn = (target: http.Server, port: number, host: string | undefined) =>
    new Promise<number>((resolve, reject) => {
      target.once('error', reject);
      target.listen(port, host, () => resolve((target.address() as AddressInfo).port));
    });

  return {
    app,
    metrics,
    get metricsUrl() {
      return metricsUrl;
    },
    async listen(port, host) {
      const actual = await listenOn(server, port, host);
      if (metricsServer && config.metrics.port !== undefined) {
        metricsUrl = `http://127.0.0.1:${await listenOn(metricsServer, config.metrics.port, host)}/metrics`;
      }
      logger.info({ port: actual, metricsUrl }, 'gateway listening');
      return `http://127.0.0.1:${actual}/graphql`;
    },
    async close() {
      state.draining = true;
      await apollo.stop();
      if (metricsServer?.listening) await new Promise((resolve) => metricsServer.close(resolve));
      logger.info('gateway stopped');
      // Standard output is written asynchronously: let the last lines out before the process may exit.
      await new Promise<void>((resolve) => logger.flush(() => resolve()));
    },
  };
}
