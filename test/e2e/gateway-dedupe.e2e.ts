import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../subgraphs/common/config.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import { testEnvironment } from '../helpers/clock.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startFaultProxy, type FaultProxy } from '../helpers/proxy.js';
import { startGateway, startSubgraph, type RunningGateway, type RunningSubgraph } from '../helpers/stack.js';

// Only the organisations subgraph answers these operations; the proxy in front of it counts what reaches it
// and holds each request long enough for concurrent ones to overlap.
const COUNTY = 'query County($code: String!) { county(code: $code) { name } }';

let organisations: RunningSubgraph;
let proxy: FaultProxy;
let gateway: RunningGateway;
let undeduped: RunningGateway;
const urls = () => Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, proxy.url])) as Record<SubgraphName, string>;

beforeAll(async () => {
  organisations = await startSubgraph(SUBGRAPHS.organisations(testEnvironment()));
  proxy = await startFaultProxy(organisations.url);
  gateway = await startGateway(urls());
  undeduped = await startGateway(urls(), { GATEWAY_DEDUPE: 'false' });
});
afterAll(async () => {
  await gateway?.gateway.close();
  await undeduped?.gateway.close();
  await proxy?.close();
  await organisations?.close();
});

/** Runs `count` copies of a request at once, with the proxy holding each 300 ms; returns the answers and the requests that reached the subgraph. */
async function concurrently<T>(count: number, send: (i: number) => Promise<T>) {
  const before = proxy.requests.length;
  proxy.delayMs = 300;
  try {
    const answers = await Promise.all(Array.from({ length: count }, (_, i) => send(i)));
    return { answers, reached: proxy.requests.slice(before) };
  } finally {
    proxy.delayMs = 0;
  }
}

describe('identical in-flight subgraph fetches', () => {
  it('share one fetch for one caller: ten identical queries reach the subgraph once, and each gets the whole answer', async () => {
    const { answers, reached } = await concurrently(10, () => gql(gateway.url, COUNTY, { code: '56' }));
    for (const answer of answers) expect(answer).toMatchObject({ status: 200, data: { county: { name: 'Finnmark' } } });
    expect(answers.every((a) => a.errors === undefined)).toBe(true);
    expect(reached).toHaveLength(1);
  });

  it('are not shared when the variables differ', async () => {
    const { answers, reached } = await concurrently(4, (i) => gql(gateway.url, COUNTY, { code: i % 2 ? '56' : '18' }));
    expect(answers.map((a) => a.data.county.name)).toEqual(['Nordland', 'Finnmark', 'Nordland', 'Finnmark']);
    expect(reached).toHaveLength(2);
  });

  it('are never shared across callers: each token gets a fetch of its own, sent with its own token', async () => {
    const tokens = [await tokenFor({ role: 'admin' }), await tokenFor({ role: 'researcher' })];
    const { answers, reached } = await concurrently(6, (i) => gql(gateway.url, COUNTY, { code: '56' }, tokens[i % 2]));
    expect(answers.every((a) => a.data?.county?.name === 'Finnmark')).toBe(true);
    expect(reached).toHaveLength(2);
    expect(reached.map((r) => r.headers.authorization).sort()).toEqual(tokens.map((t) => `Bearer ${t}`).sort());
  });

  it('never share a mutation: five identical mutations reach the subgraph five times', async () => {
    const admin = await tokenFor({ role: 'admin' });
    const mutation =
      'mutation { createOrganisation(input: { name: "Dedupe Frivilligsentral", kind: VOLUNTEER_CENTRE, municipalityCodes: ["5616"] }) { id } }';
    const { answers, reached } = await concurrently(5, () => gql(gateway.url, mutation, undefined, admin));
    const ids = answers.map((a) => a.data?.createOrganisation?.id);
    expect(new Set(ids).size).toBe(5);
    expect(reached).toHaveLength(5);
  });

  it('can be turned off (GATEWAY_DEDUPE=false)', async () => {
    const { reached } = await concurrently(3, () => gql(undeduped.url, COUNTY, { code: '56' }));
    expect(reached).toHaveLength(3);
  });
});
