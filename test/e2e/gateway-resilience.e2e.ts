import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startFaultProxy, type FaultProxy } from '../helpers/proxy.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testEnvironment } from '../helpers/clock.js';
import { testDatabase } from '../helpers/db.js';
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
    {
      ...stack.subgraphUrls,
      volunteers: proxies.volunteers.url,
      organisations: proxies.organisations.url,
      indicators: proxies.indicators.url,
    },
    // These tests count retries and timeouts one by one; the breaker has its own gateway below.
    { SUBGRAPH_TIMEOUT_MS: '1500', SUBGRAPH_RETRIES: '1', SUBGRAPH_BREAKER: 'false' },
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
        {
          message: 'the volunteers service did not answer within 1500 ms',
          path: ['municipality'],
          extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'volunteers' },
        },
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
    const mutation =
      'mutation { createOrganisation(input: { name: "Hasvik Frivilligsentral", kind: VOLUNTEER_CENTRE, municipalityCodes: ["5616"] }) { name } }';
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
      {
        message: 'the volunteers service is unavailable',
        path: ['municipality'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'volunteers' },
      },
    ]);
  });
});

describe('the circuit breaker per subgraph', () => {
  const INDICATORS = '{ indicators { code } }';

  it('stops asking a hung subgraph after repeated timeouts, answers at once while open, and asks again once it is back', async () => {
    const own = await startGateway(
      { ...stack.subgraphUrls, indicators: proxies.indicators.url },
      { SUBGRAPH_TIMEOUT_MS: '400', SUBGRAPH_RETRIES: '0', SUBGRAPH_BREAKER_MIN_REQUESTS: '3', SUBGRAPH_BREAKER_RESET_MS: '1000' },
    );
    proxies.indicators.delayMs = 5000;
    try {
      for (let i = 0; i < 3; i++) expect(codes(await gql(own.url, INDICATORS))).toEqual(['SUBGRAPH_TIMEOUT']);
      const asked = proxies.indicators.requests.length;
      const timings: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const response = await gql(own.url, INDICATORS);
        timings.push(performance.now() - started);
        expect(codes(response)).toEqual(['SUBGRAPH_UNAVAILABLE']);
        expect(response.errors![0].message).toMatch(/^the indicators service is unavailable \(it failed repeatedly/);
      }
      // Open: the hung subgraph is not asked at all, so a request costs the gateway's own work, not the 400 ms timeout.
      expect(proxies.indicators.requests.length).toBe(asked);
      expect(Math.max(...timings)).toBeLessThan(200);
      console.info(`breaker open: requests answered in ${timings.map((t) => t.toFixed(1)).join(', ')} ms (timeout 400 ms)`);

      proxies.indicators.delayMs = 0;
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const back = await gql(own.url, INDICATORS);
      expect(back.errors, JSON.stringify(back.errors)).toBeUndefined();
      expect(back.data.indicators.length).toBeGreaterThan(0);
    } finally {
      proxies.indicators.delayMs = 0;
      await own.gateway.close();
    }
  });

  it('answers whole within about a second of a restarted subgraph being reachable again', async () => {
    const database = testDatabase();
    const first = await createSubgraph(SUBGRAPHS.indicators(testEnvironment()), { database });
    const url = await first.listen(0, '127.0.0.1');
    const own = await startGateway(
      { ...stack.subgraphUrls, indicators: url },
      { SUBGRAPH_RETRIES: '0', SUBGRAPH_BREAKER_RESET_MS: '1000' },
    );
    let second: Awaited<ReturnType<typeof createSubgraph>> | undefined;
    try {
      expect((await gql(own.url, INDICATORS)).errors).toBeUndefined();
      await first.close();
      for (let i = 0; i < 3; i++) expect(codes(await gql(own.url, INDICATORS))).toEqual(['SUBGRAPH_UNAVAILABLE']);
      // The same service again, on the same port and database, as a restart brings it back.
      second = await createSubgraph(SUBGRAPHS.indicators(testEnvironment()), { database });
      await second.listen(Number(new URL(url).port), '127.0.0.1');
      const reachable = performance.now();
      let answer = await gql(own.url, INDICATORS);
      while (answer.errors && performance.now() - reachable < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        answer = await gql(own.url, INDICATORS);
      }
      expect(answer.errors).toBeUndefined();
      expect(answer.data.indicators.length).toBeGreaterThan(0);
      // The breaker's reset (1 s) bounds the wait, with room for a loaded machine.
      expect(performance.now() - reachable).toBeLessThan(2000);
    } finally {
      await own.gateway.close();
      await second?.close();
      await database.drop();
    }
  });
});
