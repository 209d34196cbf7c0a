import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

/** The lean `POST /graphql` path of every subgraph (common/graphql-http.ts) beside express's routes. */
let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
});
afterAll(() => subgraph?.close());

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, subgraph.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const COUNTY = JSON.stringify({ query: '{ county(code: "56") { name } }' });

describe('POST /graphql on a subgraph', () => {
  it('answers with a length, the request id it was sent and no ETag', async () => {
    const response = await post('/graphql', COUNTY, { 'x-request-id': 'lean-path-1' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { county: { name: 'Finnmark' } } });
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(response.headers.get('x-request-id')).toBe('lean-path-1');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
  });

  it('takes a query string, and other spellings of the path still reach GraphQL through express', async () => {
    for (const path of ['/graphql?trace=1', '/graphql/', '/GRAPHQL']) {
      const response = await post(path, COUNTY);
      expect({ path, status: response.status, body: await response.json() }).toEqual({
        path,
        status: 200,
        body: { data: { county: { name: 'Finnmark' } } },
      });
    }
  });

  it('refuses a body that is not JSON, or JSON that cannot be read, in the GraphQL error shape', async () => {
    const wrongType = await post('/graphql', COUNTY, { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect((await wrongType.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
    const unreadable = await post('/graphql', '{"query": "{ __typename }"');
    expect(unreadable.status).toBe(400);
    expect((await unreadable.json()).errors[0].message).toMatch(/not valid JSON/);
  });

  it('leaves GET /graphql and unknown routes to express', async () => {
    const get = await fetch(new URL('/graphql?query=%7B__typename%7D', subgraph.url), { headers: { 'apollo-require-preflight': 'yes' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const unknown = await post('/graphql/more', COUNTY);
    expect(unknown.status).toBe(404);
  });
});
