import type http from 'node:http';

/**
 * Who closes an idle keep-alive connection between the gateway and a subgraph. Node's http.Agent
 * without a `timeout` never closes an idle socket itself (it only lowers a timeout it has to the
 * server's `Keep-Alive: timeout=` hint), so the subgraph closed it after Node's 5 s, and a request
 * sent on it at that moment failed with ECONNRESET: a query was retried, a mutation was not and its
 * caller got SUBGRAPH_UNAVAILABLE (seen in CI). So the client always lets go first: the gateway's
 * pool drops a socket idle for `clientIdleMs`, and subgraphs keep one open for `serverIdleMs`.
 */
export const KEEP_ALIVE = {
  /** How long the gateway keeps an idle connection to a subgraph in its pool. */
  clientIdleMs: 4_000,
  /** How long a subgraph keeps an idle connection open (well above the client's). */
  serverIdleMs: 65_000,
} as const;

/** Makes `server` keep idle connections for KEEP_ALIVE.serverIdleMs (headers timeout above it, as Node requires). */
export function keepConnectionsAlive(server: http.Server): http.Server {
  server.keepAliveTimeout = KEEP_ALIVE.serverIdleMs;
  server.headersTimeout = KEEP_ALIVE.serverIdleMs + 1_000;
  return server;
}
