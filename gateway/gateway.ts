import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createVerifier } from '../subgraphs/common/auth.js';
import { createLogger } from '../subgraphs/common/logger.js';
import { maskError } from '../subgraphs/common/mask.js';
import type { GatewayConfig } from './config.js';
import type { GatewayContext } from './context.js';
import { ForwardingDataSource } from './datasource.js';
import { subgraphHealth } from './health.js';

export interface GatewayService {
  app: express.Express;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the gateway over the committed supergraph, without listening. */
export async function createGateway(config: GatewayConfig): Promise<GatewayService> {
  const logger = createLogger('gateway');
  const verify = createVerifier(config.auth);
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']] ?? url }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
    formatError: (formatted, error) => maskError(formatted, error, logger),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const subgraphs = await subgraphHealth(config.subgraphUrls);
    const status = Object.values(subgraphs).every((s) => s === 'ok') ? 'ok' : 'degraded';
    res.json({ status, gateway: 'ok', subgraphs });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', requestId);
        const authorization = req.headers.authorization;
        return { caller: await verify(authorization), authorization, requestId };
      },
    }),
  );

  let server: http.Server | undefined;
  return {
    app,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server = http.createServer(app);
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server!.address() as AddressInfo;
          logger.info({ port: actual }, 'gateway listening');
          resolve(`http://127.0.0.1:${actual}/graphql`);
        });
      });
    },
    async close() {
      if (server) {
        server.closeIdleConnections();
        await new Promise<void>((resolve) => server!.close(() => resolve()));
      }
      await apollo.stop();
    },
  };
}
