import { setTimeout as sleep } from 'node:timers/promises';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

/** Codes the gateway writes itself; their messages name only the subgraph, never its address. */
export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export type FetchOutcome = 'ok' | 'error' | 'timeout' | 'unavailable';

export interface DataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Extra attempts for queries (never mutations). */
  retries: number;
  onFetch?: (subgraph: string, seconds: number, outcome: FetchOutcome) => void;
  onRequest?: (subgraph: string, body: { query: string; variables?: Record<string, unknown> }) => void;
}

/** A subgraph's non-GraphQL HTTP answer; the status decides whether a retry can help. */
class SubgraphHttpError extends GraphQLError {
  constructor(readonly status: number) {
    super(`subgraph answered HTTP ${status}`, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

const isTimeout = (error: unknown) => error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
/** Connection refused or reset, or a proxy saying the service is not there: the request never ran, so asking again is safe. */
const isTransient = (error: unknown) =>
  error instanceof SubgraphHttpError ? [502, 503, 504].includes(error.status) : error instanceof TypeError && error.message === 'fetch failed';

/**
 * Forwards the caller's Authorization header and the request id to the subgraph
 * (which verifies the token again), bounds each fetch by a timeout, and retries
 * a failed fetch of a query a bounded number of times. A timeout is not retried:
 * a slow subgraph would only get more load and the client wait twice as long.
 */
export class GatewayDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: DataSourceOptions;

  constructor(options: DataSourceOptions) {
    const fetcher = ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as unknown as Fetcher;
    super({ url: options.url, fetcher });
    this.options = options;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!request.http) return;
    if (context?.authorization) request.http.headers.set('authorization', context.authorization);
    if (context?.requestId) request.http.headers.set('x-request-id', context.requestId);
    if (request.query) this.options.onRequest?.(this.options.name, { query: request.query, variables: request.variables });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { name, retries, timeoutMs, onFetch } = this.options;
    const incoming = 'incomingRequestContext' in options ? options : undefined;
    const isQuery = incoming?.incomingRequestContext.operation?.operation === 'query';
    // '@' stands for every element of a list; the error points at the list.
    const path = incoming?.pathInIncomingRequest?.filter((p: string | number) => p !== '@');
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      try {
        const response = await super.process(options);
        onFetch?.(name, (performance.now() - started) / 1000, 'ok');
        return response;
      } catch (error) {
        const outcome: FetchOutcome = isTimeout(error) ? 'timeout' : isTransient(error) ? 'unavailable' : 'error';
        onFetch?.(name, (performance.now() - started) / 1000, outcome);
        if (isQuery && outcome === 'unavailable' && attempt < retries) {
          await sleep(50 * 2 ** attempt);
          continue;
        }
        if (outcome === 'timeout') {
          throw new GraphQLError(`the ${name} service did not answer within ${timeoutMs} ms`, { path, extensions: { code: SUBGRAPH_TIMEOUT, serviceName: name } });
        }
        if (outcome === 'unavailable') {
          throw new GraphQLError(`the ${name} service is unavailable`, { path, extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: name } });
        }
        // Anything else keeps its code (a subgraph's own refusal) and gets the path it failed at.
        const original = error instanceof GraphQLError ? error : undefined;
        throw new GraphQLError(original?.message ?? `the ${name} service could not be read`, {
          path,
          originalError: error instanceof Error ? error : undefined,
          extensions: { code: 'INTERNAL_SERVER_ERROR', ...original?.extensions, serviceName: name },
        });
      }
    }
  }

  /**
   * A subgraph answers 4xx when it refuses a request (a custom scalar the gateway
   * cannot check, a token it does not accept). Pass its own error on, code and
   * message, instead of "400: Bad Request" with the subgraph's URL in it.
   */
  override async errorFromResponse(response: FetcherResponse) {
    const body = await this.parseBody(response).catch(() => null);
    const first = (body as { errors?: { message?: string; extensions?: { code?: string } }[] } | null)?.errors?.[0];
    if (response.status < 500 && first?.message && first.extensions?.code) {
      return new GraphQLError(first.message, { extensions: { code: first.extensions.code } });
    }
    return new SubgraphHttpError(response.status);
  }
}
