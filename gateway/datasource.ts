import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { BREAKER_OFF, CircuitOpenError, subgraphBreaker, type BreakerSettings, type SubgraphBreaker } from './breaker.js';
import { KEEP_ALIVE } from '../subgraphs/common/keep-alive.js';
import type { GatewayContext } from './context.js';

/** Codes the gateway writes itself; their messages name only the subgraph, never its address. */
export const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT';
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

export type FetchOutcome = 'ok' | 'error' | 'timeout' | 'unavailable';

interface DataSourceOptions {
  name: string;
  url: string;
  timeoutMs: number;
  /** Extra attempts for queries (never mutations). */
  retries: number;
  onFetch?: (subgraph: string, seconds: number, outcome: FetchOutcome) => void;
  onRequest?: (subgraph: string, body: { query: string; variables?: Record<string, unknown> }) => void;
  /** Most open connections to this subgraph, kept alive between fetches (SUBGRAPH_MAX_SOCKETS). */
  maxSockets?: number;
  /** How long an idle connection stays in the pool (default KEEP_ALIVE.clientIdleMs, below every subgraph's own idle timeout). */
  idleMs?: number;
  /** Share one fetch among identical in-flight fetches of queries by the same caller (GATEWAY_DEDUPE, default on). */
  dedupe?: boolean;
  /** When to stop asking a subgraph that keeps timing out or refusing connections (SUBGRAPH_BREAKER_*). */
  breaker?: BreakerSettings;
}

/** A subgraph's answer as it came off the wire; each fetch that shares it parses its own copy. */
interface RawAnswer {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** The connection could not be made or broke before an answer: the request never ran (or its answer is lost), so asking again is safe for a query. */
class SubgraphConnectionError extends Error {
  constructor(readonly cause: Error) {
    super(`connection to the subgraph failed: ${cause.message}`);
  }
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
  error instanceof SubgraphHttpError ? [502, 503, 504].includes(error.status) : error instanceof SubgraphConnectionError;

/** An abort is the timeout; anything else on the socket is a connection failure. */
const wrapConnectionError = (error: Error) => (isTimeout(error) ? error : new SubgraphConnectionError(error));

/** The minimal Response the RemoteGraphQLDataSource reads (status, headers, json, text), over a body already read. */
function responseOf(url: string, raw: RawAnswer): FetcherResponse {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return {
    url,
    ok: raw.status >= 200 && raw.status < 300,
    status: raw.status,
    statusText: raw.statusText,
    headers,
    redirected: false,
    json: async () => JSON.parse(raw.text),
    text: async () => raw.text,
    clone: () => responseOf(url, raw),
    body: null,
    bodyUsed: false,
    arrayBuffer: async () => new TextEncoder().encode(raw.text).buffer,
  } as unknown as FetcherResponse;
}

/** Whether the fetch being made may share an identical one in flight (a query operation's fetch, deduplication on). */
const shareableFetch = new AsyncLocalStorage<boolean>();

/** One POST over `agent`, bounded by the timeout; connection failures become SubgraphConnectionError, the timeout an AbortError. */
function post(url: string, agent: http.Agent, timeoutMs: number, headers: Record<string, string>, body: string): Promise<RawAnswer> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(wrapConnectionError(error)));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', (error) => reject(wrapConnectionError(error)));
    req.end(body);
  });
}

/**
 * The data source's fetcher: a keep-alive pool of its own to the subgraph (node:http, at most
 * `maxSockets` connections), and one request for identical fetches in flight when sharing is allowed.
 * Each caller gets a response of its own over the shared body, so each parses its own copy.
 */
function pooledFetcher(options: DataSourceOptions): Fetcher {
  const Agent = new URL(options.url).protocol === 'https:' ? https.Agent : http.Agent;
  // `timeout` closes a socket idle in the pool before the subgraph could close it under a request (see KEEP_ALIVE).
  const agent = new Agent({
    keepAlive: true,
    maxSockets: options.maxSockets ?? 64,
    scheduling: 'lifo',
    timeout: options.idleMs ?? KEEP_ALIVE.clientIdleMs,
  });
  const inFlight = new Map<string, Promise<RawAnswer>>();
  return (async (url: string, init: { headers: Record<string, string>; body: string }) => {
    let answer: Promise<RawAnswer>;
    if (shareableFetch.getStore()) {
      const key = `${init.headers.authorization ?? ''}\n${init.body}`;
      const pending = inFlight.get(key);
      if (pending) answer = pending;
      else {
        answer = post(url, agent, options.timeoutMs, init.headers, init.body);
        inFlight.set(key, answer);
        const forget = () => inFlight.delete(key);
        answer.then(forget, forget);
      }
    } else answer = post(url, agent, options.timeoutMs, init.headers, init.body);
    return responseOf(url, await answer);
  }) as unknown as Fetcher;
}

/**
 * Forwards the caller's Authorization header and the request id to the subgraph
 * (which verifies the token again), bounds each fetch by a timeout, and retries
 * a failed fetch of a query a bounded number of times. A timeout is not retried:
 * a slow subgraph would only get more load and the client wait twice as long.
 *
 * Fetches go over a keep-alive connection pool of this subgraph's own (node:http, at most
 * `maxSockets` connections). Identical fetches in flight at the same time (same subgraph,
 * same body: query, variables, operation name; same Authorization header; within a query
 * operation) share one request to the subgraph; each gets its own parsed copy of the answer.
 * Mutations, and every fetch of a mutation operation, are never shared. Callers with different
 * tokens never share; anonymous callers send no token, so the subgraph sees them as one caller.
 */
export class GatewayDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly options: DataSourceOptions;
  private readonly breaker: SubgraphBreaker;

  constructor(options: DataSourceOptions) {
    super({ url: options.url, fetcher: pooledFetcher(options) });
    this.options = options;
    this.breaker = subgraphBreaker(options.name, options.breaker ?? BREAKER_OFF, (error) => isTimeout(error) || isTransient(error));
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
        const shareable = this.options.dedupe !== false && isQuery && !/^\s*mutation\b/.test(options.request.query ?? '');
        const response = await this.breaker.run(() => shareableFetch.run(shareable, () => super.process(options)));
        onFetch?.(name, (performance.now() - started) / 1000, 'ok');
        return response;
      } catch (error) {
        // An open breaker answers at once: the subgraph was not asked, and asking again now would not help.
        const outcome: FetchOutcome = isTimeout(error)
          ? 'timeout'
          : isTransient(error) || error instanceof CircuitOpenError
            ? 'unavailable'
            : 'error';
        onFetch?.(name, (performance.now() - started) / 1000, outcome);
        if (isQuery && outcome === 'unavailable' && !(error instanceof CircuitOpenError) && attempt < retries) {
          await sleep(50 * 2 ** attempt);
          continue;
        }
        if (outcome === 'timeout') {
          throw new GraphQLError(`the ${name} service did not answer within ${timeoutMs} ms`, {
            path,
            extensions: { code: SUBGRAPH_TIMEOUT, serviceName: name },
          });
        }
        if (outcome === 'unavailable') {
          throw new GraphQLError(error instanceof CircuitOpenError ? error.message : `the ${name} service is unavailable`, {
            path,
            extensions: { code: SUBGRAPH_UNAVAILABLE, serviceName: name },
          });
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
