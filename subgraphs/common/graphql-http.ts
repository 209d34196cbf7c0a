import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { PlainErrorHandler, PlainHandler } from './http-errors.js';

/**
 * `POST /graphql` without express: the request goes through the same steps express ran for it
 * (request id and log line, JSON only, body-parser's JSON reader with its limit, the token limit)
 * and then straight to Apollo Server, the way @as-integrations/express5 hands it over. Every
 * subgraph fetch the gateway makes is such a request, so express's router, its request and
 * response prototypes and its ETag of every answer are left out of the hot path (bench:
 * `bench/organisations-ab.ts`). Anything else (GET /graphql, /health, the exports) stays on express.
 */
export interface GraphQLHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** The steps before GraphQL, in order; each calls `next()` or answers the request itself. */
  steps: PlainHandler[];
  /** Answers a step's error (a body over the limit, unreadable JSON) in the GraphQL error shape. */
  onError: PlainErrorHandler;
  context: (req: IncomingMessage) => Promise<TContext>;
}

type BodyRequest = IncomingMessage & { body?: unknown };

/** Whether the lean path takes this request: exactly `POST /graphql` (a query string allowed). */
export function isGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url) return false;
  const end = req.url.indexOf('?');
  return (end === -1 ? req.url : req.url.slice(0, end)) === '/graphql';
}

/** The handler of the lean path (see the interface above). */
export function graphqlOverHttp<TContext extends BaseContext>(options: GraphQLHttpOptions<TContext>): RequestListener {
  const { apollo, steps, onError, context } = options;
  const execute = async (req: BodyRequest, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url!.indexOf('?');
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query === -1 ? '' : req.url!.slice(query), body: req.body },
      context: () => context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req: BodyRequest, res) => {
    let index = 0;
    // An error after the answer began (headers sent) can only cut the connection, as express does.
    const fail = (error: unknown) => onError(error, req, res, () => res.destroy());
    const next = (error?: unknown): void => {
      if (error !== undefined) return fail(error);
      const step = steps[index++];
      if (!step) {
        execute(req, res).catch(fail);
        return;
      }
      try {
        step(req, res, next);
      } catch (thrown) {
        fail(thrown);
      }
    };
    next();
  };
}
