import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startFaultProxy, type FaultProxy } from '../helpers/proxy.js';
import { startGateway, startStack, type RunningGateway, type Stack } from '../helpers/stack.js';

const ALTA = `query AltaOverview {
  municipality(code: "5601") {
    name
    agreements { title }
    volunteerStats(year: 2025) { activeVolunteers }
    observations(indicators: ["tfou_contributing_organisations"]) { value }
  }
}`;

let stack: Stack;
let proxies: { volunteers: FaultProxy; organisations: FaultProxy; indicators: FaultProxy };
let gateway: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  proxies = {
    volunteers: await startFaultProxy(stack.subgraphUrls.volunteers),
    organisations: await startFaultProxy(stack.subgraphUrls.organisations),
    indicators: await startFaultProxy(stack.subgraphUrls.indicators),
  };
  gateway = await startGateway(
    { ...stack.subgraphUrls, volunteers: proxies.volunteers.url, organisations: proxies.organisations.url, indicators: proxies.indicators.url },
    { SUBGRAPH_TIMEOUT_MS: '1500', SUBGRAPH_RETRIES: '1' },
  );
});
afterAll(async () => {
  await gateway?.gateway.close();
  await Promise.all(Object.values(proxies ?? {}).map((p) => p.close()));
  await stack?.close();
});

describe('a slow or failing subgraph', () => {
  it('times out a slow subgraph and fails only its part of the response', async () => {
    proxies.volunteers.delayMs = 5000;
    try {
      const { data, errors } = await gql(gateway.url, ALTA);
      expect(data.municipality).toMatchObject({ name: 'Alta', volunteerStats: null, observations: [{ value: 3 }] });
      expect(data.municipality.agreements.length).toBeGreaterThan(0);
      expect(errors).toEqual([
        { message: 'the volunteers service did not answer within 1500 ms', path: ['municipality'], extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'volunteers' } },
      ]);
    } finally {
      proxies.volunteers.delayMs = 0;
    }
  });

  it('retries a query once when the subgraph answers 503, and succeeds', async () => {
    const before = proxies.organisations.requests.length;
    proxies.organisations.failNext = { count: 1, status: 503 };
    const { data, errors } = await gql(gateway.url, '{ county(code: "56") { name } }');
    expect(errors).toBeUndefined();
    expect(data.county.name).toBe('Finnmark');
    expect(proxies.organisations.requests.length - before).toBe(2);
  });

  it('gives up after the bounded number of retries', async () => {
    const before = proxies.organisations.requests.length;
    proxies.organisations.failNext = { count: 5, status: 502 };
    const response = await gql(gateway.url, '{ county(code: "56") { name } }');
    proxies.organisations.failNext = { count: 0, status: 503 };
    expect(codes(response)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(response.errors![0].message).toBe('the organisations service is unavailable');
    expect(proxies.organisations.requests.length - before).toBe(2);
  });

  it('masks a subgraph failing with HTTP 500 at the path it failed at, and does not retry it', async () => {
    const before = proxies.volunteers.requests.length;
    proxies.volunteers.failNext = { count: 1, status: 500 };
    const { data, errors } = await gql(gateway.url, ALTA);
    expect(data.municipality).toMatchObject({ name: 'Alta', volunteerStats: null });
    expect(errors).toEqual([{ message: 'Internal server error', path: ['municipality'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(proxies.volunteers.requests.length - before).toBe(1);
  });

  it('never retries a mutation', async () => {
    const before = proxies.organisations.requests.length;
    proxies.organisations.failNext = { count: 1, status: 503 };
    const mutation = 'mutation { createOrganisation(input: { name: "Hasvik Frivilligsentral", kind: VOLUNTEER_CENTRE, municipalityCodes: ["5616"] }) { name } }';
    const response = await gql(gateway.url, mutation, undefined, await tokenFor({ role: 'admin' }));
    expect(codes(response)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(proxies.organisations.requests.length - before).toBe(1);
  });

  it('lets a request in flight finish when the gateway shuts down, and takes no new ones', async () => {
    const own = await startGateway({ ...stack.subgraphUrls, indicators: proxies.indicators.url });
    proxies.indicators.delayMs = 500;
    try {
      const before = proxies.indicators.requests.length;
      const order: string[] = [];
      const inFlight = gql(own.url, ALTA).then((response) => (order.push('answered'), response));
      while (proxies.indicators.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
      const closed = own.gateway.close().then(() => order.push('closed'));
      const { data, errors } = await inFlight;
      expect(errors).toBeUndefined();
      expect(data.municipality.observations).toEqual([{ value: 3 }]);
      await closed;
      expect(order).toEqual(['answered', 'closed']);
      await expect(fetch(own.url, { method: 'POST' })).rejects.toThrow();
    } finally {
      proxies.indicators.delayMs = 0;
    }
  });

  it('waits for in-flight requests only as long as the grace period', async () => {
    const own = await startGateway({ ...stack.subgraphUrls, indicators: proxies.indicators.url }, { GATEWAY_SHUTDOWN_GRACE_MS: '100' });
    proxies.indicators.delayMs = 3000;
    try {
      const before = proxies.indicators.requests.length;
      const inFlight = gql(own.url, ALTA).then(
        () => 'answered',
        () => 'cut off',
      );
      while (proxies.indicators.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 10));
      await own.gateway.close();
      expect(await inFlight).toBe('cut off');
    } finally {
      proxies.indicators.delayMs = 0;
    }
  });

  // Last: it stops a subgraph for good.
  it('answers without a stopped subgraph, with its own error on the missing part', async () => {
    await stack.stopSubgraph('volunteers');
    const { data, errors } = await gql(gateway.url, ALTA);
    expect(data.municipality).toMatchObject({ name: 'Alta', volunteerStats: null });
    expect(errors).toEqual([
      { message: 'the volunteers service is unavailable', path: ['municipality'], extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'volunteers' } },
    ]);
  });
});
