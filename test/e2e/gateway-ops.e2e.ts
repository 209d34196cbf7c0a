import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql } from '../helpers/graphql.js';
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
let proxy: FaultProxy;
let proxied: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  proxy = await startFaultProxy(stack.subgraphUrls.agreements);
  proxied = await startGateway({ ...stack.subgraphUrls, agreements: proxy.url });
});
afterAll(async () => {
  await proxied?.gateway.close();
  await proxy?.close();
  await stack?.close();
});

const scrape = async () => (await fetch(stack.gateway.metricsUrl!)).text();

/** One sample of a scrape: `name{labels} value`, 0 when the series does not exist yet. */
async function sample(name: string, labels: Record<string, string>): Promise<number> {
  const text = await scrape();
  for (const line of text.split('\n')) {
    const match = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => present[k] === v)) return Number(match[3]);
  }
  return 0;
}

describe('metrics', () => {
  it('counts requests, latency, subgraph fetches and errors as they happen', async () => {
    const series = {
      requests: () => sample('gateway_requests_total', { operation: 'AltaOverview', outcome: 'ok' }),
      latency: () => sample('gateway_request_duration_seconds_count', { operation: 'AltaOverview' }),
      fetches: () => sample('gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'indicators', outcome: 'ok' }),
      unauthenticated: () => sample('gateway_errors_total', { code: 'UNAUTHENTICATED' }),
    };
    const before = {
      requests: await series.requests(),
      latency: await series.latency(),
      fetches: await series.fetches(),
      unauthenticated: await series.unauthenticated(),
    };
    expect((await gql(stack.gatewayUrl, ALTA)).errors).toBeUndefined();
    expect(codes(await gql(stack.gatewayUrl, ALTA, undefined, 'not.a.jwt'))).toEqual(['UNAUTHENTICATED']);
    expect(await series.requests()).toBe(before.requests + 1);
    expect(await series.latency()).toBe(before.latency + 1);
    expect(await series.fetches()).toBe(before.fetches + 1);
    expect(await series.unauthenticated()).toBe(before.unauthenticated + 1);
    expect(await sample('process_resident_memory_bytes', {})).toBeGreaterThan(0);
  });
});

describe('who reads the metrics', () => {
  it('serves /metrics on a port of its own by default, not on the public port', async () => {
    expect(stack.gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(stack.gateway.metricsUrl!).port).not.toBe(new URL(stack.gatewayUrl).port);
    expect((await fetch(new URL('/metrics', stack.gatewayUrl))).status).toBe(404);
    expect((await fetch(new URL('/graphql', stack.gateway.metricsUrl))).status).toBe(404);
  });

  it('asks for METRICS_TOKEN as a bearer token on both ports when it is set', async () => {
    const token = 'metrics-token-for-the-scraper-0123';
    const guarded = await startGateway(stack.subgraphUrls, { METRICS_TOKEN: token });
    try {
      for (const url of [new URL('/metrics', guarded.url).href, guarded.gateway.metricsUrl!]) {
        const without = await fetch(url);
        expect(without.status, url).toBe(401);
        expect(without.headers.get('www-authenticate')).toMatch(/^Bearer/);
        expect(((await without.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
          'UNAUTHENTICATED',
        );
        expect((await fetch(url, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
        expect((await fetch(url, { headers: { authorization: 'Bearer ' } })).status).toBe(401);
        const read = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        expect(read.status).toBe(200);
        expect(await read.text()).toMatch(/gateway_requests_total|process_resident_memory_bytes/);
      }
    } finally {
      await guarded.gateway.close();
    }
  });

  it('can run without a metrics port', async () => {
    const none = await startGateway(stack.subgraphUrls, { METRICS_PORT: 'off' });
    try {
      expect(none.gateway.metricsUrl).toBeUndefined();
      expect((await fetch(new URL('/metrics', none.url))).status).toBe(404);
    } finally {
      await none.gateway.close();
    }
  });
});

describe('operation labels', () => {
  const labels = async () => new Set([...(await scrape()).matchAll(/^gateway_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));

  it('gives 300 junk operation names no label of their own, and a real operation its name, seen after them', async () => {
    for (let batch = 0; batch < 300; batch += 30) {
      await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const { errors } = await gql(stack.gatewayUrl, `query Junk${batch + i} { me { id } }`);
          expect(errors?.length).toBeGreaterThan(0);
        }),
      );
    }
    expect((await gql(stack.gatewayUrl, 'query RealCountyList { counties { code } }')).errors).toBeUndefined();
    const seen = await labels();
    expect([...seen].filter((label) => label.startsWith('Junk'))).toEqual([]);
    expect(seen.has('RealCountyList')).toBe(true);
    expect(await sample('gateway_requests_total', { operation: 'other', outcome: 'error' })).toBeGreaterThanOrEqual(300);
    expect(await sample('gateway_requests_total', { operation: 'RealCountyList', outcome: 'ok' })).toBe(1);
    // Once it has succeeded, the name keeps its label when it fails too.
    expect((await gql(stack.gatewayUrl, 'query RealCountyList { counties { code } me { id } }')).errors?.length).toBeGreaterThan(0);
    expect(await sample('gateway_requests_total', { operation: 'RealCountyList', outcome: 'error' })).toBe(1);
  });

  it('counts successful names past METRICS_MAX_OPERATIONS as "other", but never a listed one (METRICS_OPERATIONS)', async () => {
    const bounded = await startGateway(stack.subgraphUrls, { METRICS_MAX_OPERATIONS: '3', METRICS_OPERATIONS: 'PortalCounties' });
    try {
      for (let i = 0; i < 10; i++) expect((await gql(bounded.url, `query Filler${i} { counties { code } }`)).errors).toBeUndefined();
      expect((await gql(bounded.url, 'query PortalCounties { counties { code } }')).errors).toBeUndefined();
      const text = await (await fetch(bounded.gateway.metricsUrl!)).text();
      const seen = new Set([...text.matchAll(/^gateway_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));
      expect(seen).toEqual(new Set(['Filler0', 'Filler1', 'Filler2', 'other', 'PortalCounties']));
    } finally {
      await bounded.gateway.close();
    }
  });
});

describe('request ids', () => {
  it('returns the caller’s request id and forwards it to the subgraphs', async () => {
    const response = await fetch(proxied.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'portal-7f3a.42' },
      body: JSON.stringify({ query: ALTA }),
    });
    expect(response.headers.get('x-request-id')).toBe('portal-7f3a.42');
    expect(proxy.requests.at(-1)!.headers['x-request-id']).toBe('portal-7f3a.42');
  });

  it('makes a new id when there is none or it is not a plain token', async () => {
    for (const headers of [{}, { 'x-request-id': 'two words\tand a tab' }] as Record<string, string>[]) {
      const response = await fetch(proxied.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: ALTA }),
      });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(proxy.requests.at(-1)!.headers['x-request-id']).toBe(id);
    }
  });
});

describe('masking', () => {
  it('turns a database error in a subgraph into INTERNAL_SERVER_ERROR at its path, with no SQL or internals', async () => {
    const indicators = stack.subgraphs.indicators;
    const table = indicators.orm.getMetadata().find('Observation')!.tableName;
    await indicators.orm.em.getConnection().execute(`drop table ${table}`);
    const { data, errors } = await gql(stack.gatewayUrl, ALTA);
    expect(data.municipality).toMatchObject({ name: 'Alta', observations: null });
    expect(errors).toEqual([
      { message: 'Internal server error', path: ['municipality', 'observations'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
    const direct = await gql(
      stack.subgraphUrls.indicators,
      '{ _entities(representations: [{ __typename: "Municipality", code: "5601" }]) { ... on Municipality { observations { value } } } }',
    );
    for (const body of [JSON.stringify(errors), JSON.stringify(direct)]) {
      expect(body).not.toMatch(
        /select|no such table|does not exist|sqlite|postgres|relation|\.ts\b|node_modules|127\.0\.0\.1|localhost|\bat /i,
      );
    }
    expect(codes(direct)).toEqual(['INTERNAL_SERVER_ERROR']);
  });
});

describe('outbound calls', () => {
  it('turns off @apollo/gateway telemetry (cloud-metadata probes, usage metrics sent to Apollo) unless asked for', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});

describe('health and readiness', () => {
  it('is live and ready while every subgraph answers', async () => {
    expect((await fetch(new URL('/health', stack.gatewayUrl))).status).toBe(200);
    const ready = await fetch(new URL('/ready', stack.gatewayUrl));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      subgraphs: { organisations: 'ok', agreements: 'ok', volunteers: 'ok', indicators: 'ok' },
    });
  });

  // Last: it stops a subgraph.
  it('stays live but is not ready when a subgraph is down', async () => {
    await stack.stopSubgraph('agreements');
    const health = await fetch(new URL('/health', stack.gatewayUrl));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'degraded', gateway: 'ok' });
    const ready = await fetch(new URL('/ready', stack.gatewayUrl));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, subgraphs: { agreements: 'unavailable', organisations: 'ok' } });
  });
});
