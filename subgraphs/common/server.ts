import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/knex';
import type { MigrationObject } from '@mikro-orm/core';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ContainerType, NonEmptyArray } from 'type-graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { createVerifier, type Verifier } from './auth.js';
import { authConfig, databaseConfig, type AuthConfig, type DatabaseConfig, type Env, type SubgraphName } from './config.js';
import type { Clock } from './clock.js';
import { createContext, type Context } from './context.js';
import { openDatabase, type Orm } from './db.js';
import { REQUEST_LIMIT_VARIABLES, requestProtections, tokenLimit, type RequestLimits } from './limits.js';
import { jsonBodiesOnly, requestErrors, routeNotFound, withRequestFaultCode } from './http-errors.js';
import { keepConnectionsAlive } from './keep-alive.js';
import { graphqlOverHttp, isGraphQLPost } from './graphql-http.js';
import { maskError } from './mask.js';
import { buildFederatedSchema } from './federation.js';
import { createLogger, requestLogging, type Logger } from './logger.js';

/** A class: an entity, a resolver or a GraphQL type, as MikroORM and type-graphql take them. */
type Class = abstract new (...args: never[]) => unknown;

/** Everything that makes one subgraph; each subgraph's index.ts exports one. */
export interface SubgraphDefinition {
  name: SubgraphName;
  entities: NonEmptyArray<Class>;
  migrations: MigrationObject[];
  resolvers: NonEmptyArray<Class>;
  /** Types reachable only through federation (entity stubs), so they are still emitted. */
  orphanedTypes?: Class[];
  referenceResolvers?: GraphQLResolverMap<Context>;
  /** Loads the seed data; must be idempotent (it runs at every start unless SEED=false). */
  seed?: (em: EntityManager) => Promise<void>;
  /** Work at every start, after migrations and the seed, whether or not the seed ran (the agreements expiry sweep). */
  onStart?: (em: EntityManager) => Promise<void>;
  /** Stops what `onStart` left running (timers), before the server and the database close. */
  onClose?: () => Promise<void>;
  /** Where every "now" and "today" of the subgraph comes from (`ctx.clock`). */
  clock: Clock;
  /** Resolver instances (type-graphql's container), so a subgraph can inject clients of other services. */
  container?: ContainerType;
  /** What one request may ask (common/limits.ts), read by the subgraph's config.ts with its other settings. */
  limits: RequestLimits;
  /** Extra HTTP routes beside /graphql (exports). */
  routes?: (app: express.Express, deps: RouteDeps) => void;
}

/**
 * What every subgraph factory (`create<Name>`) takes: the environment its settings are
 * read from, once, when the factory runs (default process.env), and the clock (default the system clock).
 */
export interface SubgraphEnvironment {
  env?: Env;
  clock?: Clock;
}

/** Makes a subgraph's definition; each subgraph's index.ts exports one as `create<Name>`. */
export type SubgraphFactory = (environment?: SubgraphEnvironment) => SubgraphDefinition;

export interface RouteDeps {
  orm: Orm;
  verify: Verifier;
  logger: Logger;
  /** The caller of an HTTP request, verified like a GraphQL one. */
  context(req: express.Request): Promise<Context>;
}

/**
 * A type-graphql container that builds each resolver class once, handing it `deps`
 * (its subgraph's settings, clients and clock) through the constructor.
 */
export function resolverContainer<D>(deps: D): ContainerType {
  const instances = new Map<unknown, object>();
  return {
    get(cls: new (deps: D) => object) {
      let instance = instances.get(cls);
      if (!instance) instances.set(cls, (instance = new cls(deps)));
      return instance;
    },
  };
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
    logger,
  });
  if (definition.seed && options.seed !== false) await definition.seed(orm.em.fork());
  await definition.onStart?.(orm.em.fork());

  const schema = await buildSubgraphSchemaFor(definition);
  const { limits } = definition;
  const introspection = process.env.NODE_ENV !== 'production';
  const protections = requestProtections(limits, introspection);
  const app = express();
  // Until Apollo Server has started (below), every request goes to express; then `POST /graphql` takes the lean path.
  let graphqlPost: http.RequestListener = app;
  // Built before listening so the drain plugin sees every connection: close() lets in-flight requests finish (at most 10 s).
  const server = keepConnectionsAlive(http.createServer((req, res) => (isGraphQLPost(req) ? graphqlPost(req, res) : app(req, res))));
  const apollo = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection,
    formatError: (formatted, error) => maskError(withRequestFaultCode(formatted, error), error, logger),
    // Apollo's own messages go through the same redacting logger, not the console.
    logger,
    // start-service.ts owns the signals and calls close().
    stopOnTerminationSignals: false,
    validationRules: protections.validationRules,
    plugins: [
      ...protections.plugins,
      ApolloServerPluginInlineTraceDisabled(),
      // Samspill sets no cache hints, and Apollo's default cache-control plugin wraps every
      // field of every request to compute one (the gateway's response cache decides alone).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ],
  });
  await apollo.start();

  const contextFor = async (req: http.IncomingMessage) => {
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
    return createContext(
      orm.em,
      { caller: await verify(req.headers.authorization), requestId, authorization: req.headers.authorization },
      definition.clock,
    );
  };

  const logRequest = requestLogging(logger);
  // What a request to /graphql goes through before Apollo Server, on either path.
  const steps = [jsonBodiesOnly(), express.json({ limit: limits.maxBodyBytes }), tokenLimit(limits.maxTokens)];
  const onRequestError = requestErrors({
    maxBodyBytes: limits.maxBodyBytes,
    bodyLimitVariable: REQUEST_LIMIT_VARIABLES.maxBodyBytes,
    logger,
  });
  graphqlPost = graphqlOverHttp({ apollo, steps: [logRequest, ...steps], onError: onRequestError, context: (req) => contextFor(req) });

  app.disable('x-powered-by');
  // Answers to POST carry no ETag: nothing revalidates them, and hashing every answer costs CPU.
  app.set('etag', false);
  app.use(logRequest);
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
  // app.all, not app.use: /graphql exactly, so /graphql/anything is a 404 like any unknown route.
  // (POST /graphql itself takes the lean path above; this route serves GET and the other spellings.)
  app.all('/graphql', ...steps, expressMiddleware(apollo, { context: ({ req }) => contextFor(req) }));
  // Never express's own pages (HTML, with the stack): a 404 and every request error in the GraphQL shape.
  app.use(routeNotFound());
  app.use(onRequestError);

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
      await definition.onClose?.();
      await apollo.stop();
      await orm.close(true);
    },
  };
}
