import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayDataSource } from '../../gateway/datasource.js';
import { KEEP_ALIVE, keepConnectionsAlive } from '../../subgraphs/common/keep-alive.js';

/** A subgraph stand-in that records, per connection, whether the client or the server ended it. */
async function recordingServer(serverIdleMs: number) {
  const closedBy: string[] = [];
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { __typename: 'Query' } }));
  });
  server.keepAliveTimeout = serverIdleMs;
  server.on('connection', (socket) => {
    let clientEnded = false;
    socket.on('end', () => (clientEnded = true));
    socket.on('close', () => closedBy.push(clientEnded ? 'client' : 'server'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, closedBy, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

const ask = (source: GatewayDataSource) =>
  source.process({
    kind: GraphQLDataSourceRequestKind.LOADING_SCHEMA,
    request: { query: '{ __typename }', http: { method: 'POST', url: '', headers: new Headers() } },
    context: {},
  } as never);

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('keep-alive between the gateway and a subgraph', () => {
  it('lets the gateway drop an idle connection before the subgraph would, so no request meets a closing socket', async () => {
    const { server, closedBy, url } = await recordingServer(3_000);
    stop = () => server.close();
    const source = new GatewayDataSource({ name: 'organisations', url, timeoutMs: 2_000, retries: 0, idleMs: 200 });
    expect((await ask(source)).data).toEqual({ __typename: 'Query' });
    await sleep(500);
    expect(closedBy).toEqual(['client']);
    // The next fetch opens a fresh connection and is answered.
    expect((await ask(source)).data).toEqual({ __typename: 'Query' });
  });

  it('keeps a slow answer that outlasts the idle time (the idle timeout never cuts a request in flight)', async () => {
    const server = http.createServer(async (_req, res) => {
      await sleep(400);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { __typename: 'Query' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stop = () => server.close();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const source = new GatewayDataSource({ name: 'organisations', url, timeoutMs: 2_000, retries: 0, idleMs: 100 });
    expect((await ask(source)).data).toEqual({ __typename: 'Query' });
  });

  it('has subgraphs keep idle connections far longer than the gateway keeps them', () => {
    const server = keepConnectionsAlive(http.createServer());
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE.serverIdleMs);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    expect(KEEP_ALIVE.serverIdleMs).toBeGreaterThan(KEEP_ALIVE.clientIdleMs * 10);
  });
});
