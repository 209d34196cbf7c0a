import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import type { MigrationObject } from '@mikro-orm/core';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType, NonEmptyArray } from 'type-graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { createVerifier, type Verifier } from './auth.js';
import { authConfig, databaseConfig, type AuthConfig, type DatabaseConfig, type SubgraphName } from './config.js';
import { createContext, type Context } from './context.js';
import { openDatabase, type Orm } from './db.js';
import { maskError } from './mask.js';
import { buildFederatedSchema } from './federation.js';
import { createLogger, requestLogging, type Logger } from './logger.js';

/** Everything that makes one subgraph; each subgraph's index.ts exports one. */
export interface SubgraphDefinition {
  name: SubgraphName;
  entities: NonEmptyArray<Function>;
  migrations: MigrationObject[];
  resolvers: NonEmptyArray<Function>;
  /** Types reachable only through federation (entity stubs), so they are still emitted. */
  orphanedTypes?: Function[];
  referenceResolvers?: GraphQLResolverMap<Context>;
  /** Loads the seed data; must be idempotent (it runs at every start). */
  seed?: (em: EntityManager) => Promise<void>;
  /** Resolver instances (type-graphql's container), so a subgraph can inject clients of other services. */
  container?: ContainerType;
  /** Extra HTTP routes beside /graphql (exports). */
  routes?: (app: express.Express, deps: RouteDeps) => void;
}

export interface RouteDeps {
  orm: Orm;
  verify: Verifier;
  logger: Logger;
  /** The caller of an HTTP request, verified like a GraphQL one. */
  context(req: express.Request): Promise<Context>;
}

/** Builds the subgraph's federated schema; touches no database (compose uses it). */
export function buildSubgraphSchemaFor(definition: SubgraphDefinition): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, container: definition.container },
    definition.referenceResolvers as GraphQLResolverMap<unknown>,
  );
}

export interface SubgraphOptions {
  database?: DatabaseConfig;
  auth?: AuthConfig;
  /** Load seed data at start (default true). */
  seed?: boolean;
  onQuery?: (sql: string) => void;
}

export interface SubgraphService {
  name: SubgraphName;
  app: express.Express;
  orm: Orm;
  schema: GraphQLSchema;
  /** Starts listening; port 0 picks a free port. Resolves to the URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Opens the database, migrates, seeds and builds the HTTP app, without listening. */
export async function createSubgraph(definition: SubgraphDefinition, options: SubgraphOptions = {}): Promise<SubgraphService> {
  const logger = createLogger(definition.name);
  const verify = createVerifier(options.auth ?? authConfig());
  const orm = await openDatabase({
    name: definition.name,
    entities: [...definition.entities],
    migrations: definition.migrations,
    config: options.database ?? databaseConfig(),
    onQuery: options.onQuery,
  });
  if (definition.seed && options.seed !== false) await definition.seed(orm.em.fork());

  const schema = await buildSubgraphSchemaFor(definition);
  const app = express();
  // Built before listening so the drain plugin sees every connection: close() lets in-flight requests finish (at most 10 s).
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: process.env.NODE_ENV !== 'production',
    formatError: (formatted, error) => maskError(formatted, error, logger),
    // start-service.ts owns the signals and calls close().
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  const contextFor = async (req: express.Request) => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    return createContext(orm.em, await verify(req.headers.authorization), requestId, req.headers.authorization);
  };

  app.disable('x-powered-by');
  app.use(requestLogging(logger));
  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', service: definition.name, database: orm.config.get('driver')?.name });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: definition.name, database: 'unreachable' });
    }
  });
  definition.routes?.(app, { orm, verify, logger, context: contextFor });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));

  return {
    name: definition.name,
    app,
    orm,
    schema,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const { port: actual } = server.address() as AddressInfo;
          logger.info({ port: actual }, 'subgraph listening');
          resolve(`http://127.0.0.1:${actual}/graphql`);
        });
      });
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
    },
  };
}
