import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor, type GraphQLResponse } from '../helpers/graphql.js';
import { startFaultProxy, type FaultProxy } from '../helpers/proxy.js';
import { startGateway, startStack, type RunningGateway, type Stack } from '../helpers/stack.js';

// The response cache for anonymous queries (gateway/response-cache.ts), through the real gateway over
// the four real subgraphs. Each gateway here counts the fetches it sends to the subgraphs.
const COUNTY = 'query County($code: String!) { county(code: $code) { name } }';
const ORGANISATION = 'query Organisation($id: ID!) { organisation(id: $id) { name } }';
const INDICATORS = 'query Indicators { indicators { code } }';
const ALTA = `query Alta { municipality(code: "5601") { name observations(indicators: ["tfou_contributing_organisations"]) { value } } }`;

interface Counted extends RunningGateway {
  fetches: string[];
}

let stack: Stack;
let proxy: FaultProxy;
const gateways: Counted[] = [];
let cached: Counted;
let short: Counted;
let off: Counted;
let flaky: Counted;

async function counted(urls: Stack['subgraphUrls'], env: Record<string, string>): Promise<Counted> {
  const fetches: string[] = [];
  const running = await startGateway(urls, env, { onSubgraphRequest: (subgraph) => fetches.push(subgraph) });
  const gateway = { ...running, fetches };
  gateways.push(gateway);
  return gateway;
}

beforeAll(async () => {
  stack = await startStack();
  proxy = await startFaultProxy(stack.subgraphUrls.indicators);
  cached = await counted(stack.subgraphUrls, { GATEWAY_CACHE: 'on' });
  short = await counted(stack.subgraphUrls, { GATEWAY_CACHE: 'on', GATEWAY_CACHE_TTL_MS: '300' });
  off = await counted(stack.subgraphUrls, { GATEWAY_CACHE: 'off' });
  // No retry and no breaker, so one refused fetch is one error in the answer.
  flaky = await counted(
    { ...stack.subgraphUrls, indicators: proxy.url },
    { GATEWAY_CACHE: 'on', SUBGRAPH_RETRIES: '0', SUBGRAPH_BREAKER: 'false' },
  );
});
afterAll(async () => {
  for (const g of gateways) await g.gateway.close();
  await proxy?.close();
  await stack?.close();
});

/** Sends one request and returns its answer, its x-cache header and the subgraphs it fetched from. */
async function ask(gateway: Counted, query: string, variables?: Record<string, unknown>, token?: string) {
  const before = gateway.fetches.length;
  const answer: GraphQLResponse = await gql(gateway.url, query, variables, token);
  return { answer, cache: answer.headers.get('x-cache'), fetched: gateway.fetches.slice(before) };
}

const counter = async (gateway: Counted, name: string) => {
  const metric = await gateway.gateway.metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.reduce((sum, v) => sum + v.value, 0) ?? 0;
};

describe('the response cache (GATEWAY_CACHE, on by default)', () => {
  it('answers a repeated anonymous query from the cache, with no subgraph fetch, and says so', async () => {
    const first = await ask(cached, COUNTY, { code: '56' });
    expect(first).toMatchObject({ cache: 'MISS', fetched: ['organisations'] });
    expect(first.answer.data).toEqual({ county: { name: 'Finnmark' } });
    const second = await ask(cached, COUNTY, { code: '56' });
    expect(second).toMatchObject({ cache: 'HIT', fetched: [] });
    expect(second.answer.data).toEqual(first.answer.data);
    expect(second.answer.errors).toBeUndefined();
    expect(await counter(cached, 'gateway_cache_hits_total')).toBeGreaterThanOrEqual(1);
    expect(await counter(cached, 'gateway_cache_misses_total')).toBeGreaterThanOrEqual(1);
  });

  it('keeps one answer per variable values', async () => {
    const nordland = await ask(cached, COUNTY, { code: '18' });
    expect(nordland).toMatchObject({ cache: 'MISS', fetched: ['organisations'], answer: { data: { county: { name: 'Nordland' } } } });
    expect(await ask(cached, COUNTY, { code: '18' })).toMatchObject({ cache: 'HIT', answer: { data: { county: { name: 'Nordland' } } } });
    expect(await ask(cached, COUNTY, { code: '56' })).toMatchObject({ cache: 'HIT', answer: { data: { county: { name: 'Finnmark' } } } });
  });

  it('never serves a signed-in caller from the cache, and never stores what a signed-in caller asked', async () => {
    const admin = await tokenFor({ role: 'admin' });
    await ask(cached, COUNTY, { code: '56' });
    const signedIn = await ask(cached, COUNTY, { code: '56' }, admin);
    expect(signedIn).toMatchObject({ cache: null, fetched: ['organisations'], answer: { data: { county: { name: 'Finnmark' } } } });
    // Asked first by a signed-in caller, twice: each time fetched; then the anonymous caller still misses.
    for (let i = 0; i < 2; i++)
      expect(await ask(cached, COUNTY, { code: '03' }, admin)).toMatchObject({ cache: null, fetched: ['organisations'] });
    expect(await ask(cached, COUNTY, { code: '03' })).toMatchObject({ cache: 'MISS', fetched: ['organisations'] });
  });

  it('drops what a mutation through the gateway changed at once, and keeps what it could not have changed', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const created = await gql(
      cached.url,
      'mutation { createOrganisation(input: { name: "Cache Frivilligsentral", kind: VOLUNTEER_CENTRE, municipalityCodes: ["5601"] }) { id version } }',
      undefined,
      admin,
    );
    const { id, version } = created.data.createOrganisation;
    expect(await ask(cached, ORGANISATION, { id })).toMatchObject({
      cache: 'MISS',
      answer: { data: { organisation: { name: 'Cache Frivilligsentral' } } },
    });
    expect(await ask(cached, ORGANISATION, { id })).toMatchObject({ cache: 'HIT' });
    await ask(cached, INDICATORS);
    expect(await ask(cached, INDICATORS)).toMatchObject({ cache: 'HIT' });
    const invalidationsBefore = await counter(cached, 'gateway_cache_invalidations_total');

    const updated = await gql(
      cached.url,
      'mutation ($id: ID!, $version: Int!) { updateOrganisation(id: $id, version: $version, input: { name: "Cache Frivilligsentral Alta" }) { name } }',
      { id, version },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    const after = await ask(cached, ORGANISATION, { id });
    expect(after).toMatchObject({ cache: 'MISS', fetched: ['organisations'] });
    expect(after.answer.data).toEqual({ organisation: { name: 'Cache Frivilligsentral Alta' } });
    // The indicators subgraph was not written to: its answer stays.
    expect(await ask(cached, INDICATORS)).toMatchObject({ cache: 'HIT', fetched: [] });
    expect(await counter(cached, 'gateway_cache_invalidations_total')).toBeGreaterThan(invalidationsBefore);
  });

  it('never stores an answer with errors: a partial answer during an outage does not stick', async () => {
    proxy.failNext = { count: 1, status: 503 };
    const partial = await ask(flaky, ALTA);
    expect(codes(partial.answer)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(partial.answer.data?.municipality?.name).toBe('Alta');
    expect(partial.cache).toBe('MISS');
    const whole = await ask(flaky, ALTA);
    expect(whole).toMatchObject({ cache: 'MISS' });
    expect(whole.answer.errors).toBeUndefined();
    expect(whole.fetched).toContain('indicators');
    expect(await ask(flaky, ALTA)).toMatchObject({ cache: 'HIT', fetched: [], answer: { data: whole.answer.data } });
  });

  it('forgets an answer after GATEWAY_CACHE_TTL_MS', async () => {
    await ask(short, COUNTY, { code: '56' });
    expect(await ask(short, COUNTY, { code: '56' })).toMatchObject({ cache: 'HIT', fetched: [] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await ask(short, COUNTY, { code: '56' })).toMatchObject({ cache: 'MISS', fetched: ['organisations'] });
  });

  it('caches nothing with GATEWAY_CACHE=off', async () => {
    for (let i = 0; i < 2; i++) expect(await ask(off, COUNTY, { code: '56' })).toMatchObject({ cache: null, fetched: ['organisations'] });
    expect(await counter(off, 'gateway_cache_hits_total')).toBe(0);
  });
});
