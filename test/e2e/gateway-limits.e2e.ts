import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startGateway, startStack, type RunningGateway, type Stack } from '../helpers/stack.js';

/** Small limits so each refusal is easy to provoke; the defaults are checked by the queries of the other e2e files. */
const TIGHT = {
  MAX_DEPTH: '5',
  MAX_ALIASES: '2',
  MAX_ROOT_FIELDS: '3',
  MAX_DIRECTIVES: '2',
  MAX_TOKENS: '60',
  GATEWAY_MAX_COST: '300',
  MAX_BODY_BYTES: '2048',
};

let stack: Stack;
let tight: RunningGateway;
let production: RunningGateway;
beforeAll(async () => {
  stack = await startStack();
  tight = await startGateway(stack.subgraphUrls, TIGHT);
  production = await startGateway(stack.subgraphUrls, {
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
  });
});
afterAll(async () => {
  await tight?.gateway.close();
  await production?.gateway.close();
  await stack?.close();
});

async function refused(query: string, variables?: Record<string, unknown>) {
  const response = await gql(tight.url, query, variables);
  expect(response.status).toBe(400);
  expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(response.data).toBeUndefined();
  return response.errors![0];
}

describe('gateway limits', () => {
  it('answers a query within every limit', async () => {
    const { data, errors } = await gql(tight.url, '{ municipality(code: "5601") { name county { name } } }');
    expect(errors).toBeUndefined();
    expect(data.municipality).toEqual({ name: 'Alta', county: { name: 'Finnmark' } });
  });

  it('refuses a query nested too deep, naming the limit and the depth seen', async () => {
    const error = await refused(
      '{ organisation(orgNumber: "864139442") { chapters { agreements { municipality { county { name } } } } } }',
    );
    expect(error.message).toBe('Query depth limit of 5 exceeded, found 6. (MAX_DEPTH)');
    expect(error.extensions).toMatchObject({ limit: 'maxDepth' });
  });

  it('refuses too many aliases', async () => {
    const error = await refused('{ a: municipality(code: "5601") { name } b: municipality(code: "0301") { n: name } }');
    expect(error.message).toBe('Aliases limit of 2 exceeded, found 3. (MAX_ALIASES)');
    expect(error.extensions).toMatchObject({ limit: 'maxAliases' });
  });

  it('refuses too many root fields, fragments included', async () => {
    const error = await refused(
      '{ counties { code } indicators { code } ...more } fragment more on Query { county(code: "56") { name } municipalities { code } }',
    );
    expect(error.message).toBe('Root fields limit of 3 exceeded, found 4. (MAX_ROOT_FIELDS)');
    expect(error.extensions).toMatchObject({ limit: 'maxRootFields' });
  });

  it('refuses too many directives', async () => {
    const error = await refused(
      '{ municipality(code: "5601") { name @include(if: true) code @skip(if: false) samiName @include(if: true) } }',
    );
    expect(error.message).toBe('Directives limit of 2 exceeded, found 3. (MAX_DIRECTIVES)');
    expect(error.extensions).toMatchObject({ limit: 'maxDirectives' });
  });

  it('refuses too many tokens, counting all of them', async () => {
    const fields = Array.from({ length: 70 }, () => 'code').join(' ');
    const error = await refused(`{ county(code: "56") { ${fields} } }`);
    expect(error.message).toBe(`Token limit of 60 exceeded, found ${70 + 10}. (MAX_TOKENS)`);
    expect(error.extensions).toMatchObject({ limit: 'maxTokens' });
  });

  it('weighs lists by their page size, from a literal, a variable or its default, and unpaged lists by their declared size', async () => {
    // organisations(first: 50): 1 + 50 × (edges + node + name) = 151, allowed
    const page = 'query ($n: Int) { organisations(first: $n) { edges { node { name } } } }';
    expect((await gql(tight.url, page, { n: 50 })).errors).toBeUndefined();
    // first: 100, and each organisation's agreements list weighs its @listSize(assumedSize: 10):
    // 1 + 100 × (edges + node + name + agreements + 10 × title) = 1401
    const agreements = 'query ($n: Int = 100) { organisations(first: $n) { edges { node { name agreements { title } } } } }';
    const error = await refused(agreements, { n: 100 });
    expect(error.message).toBe('Query cost limit of 300 exceeded, found 1401. (GATEWAY_MAX_COST)');
    expect(error.extensions).toMatchObject({ limit: 'maxCost' });
    // The variable's own default counts as a value.
    expect((await refused(agreements)).message).toMatch(/found 1401\./);
    // Without `first` the default page size of 20 applies, and chapters declare no size, so 20 too: 1 + 20 × (4 + 20) = 481
    expect((await refused('{ organisations { edges { node { name chapters { name } } } } }')).message).toMatch(/found 481\./);
  });

  it('refuses an operation name the document does not have as a client error, not an internal one', async () => {
    const response = await fetch(tight.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { county(code: "56") { name } }', operationName: 'B' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => [e.message, e.extensions.code])).toEqual([
      ['operationName "B" names no operation of the query, which has A', 'OPERATION_RESOLUTION_FAILURE'],
    ]);
  });

  it('refuses a page size over the maximum with the page-size rule, before the cost', async () => {
    const response = await gql(tight.url, '{ organisations(first: 500) { edges { node { name agreements { title } } } } }');
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toBe('first: must be between 1 and 100, got 500');
    expect(response.errors![0].extensions).toMatchObject({ field: 'first', path: ['organisations'] });
  });

  it('refuses a request body over the size limit with 413, naming the limit and the size', async () => {
    const query = `{ county(code: "56") { name } } # ${'x'.repeat(3000)}`;
    const response = await fetch(tight.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const size = Buffer.byteLength(JSON.stringify({ query }));
    expect(body.errors[0].message).toBe(`Request body limit of 2048 bytes exceeded, found ${size} bytes. (MAX_BODY_BYTES)`);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', limit: 'maxBodyBytes' });
    // A chunked body has no declared size: it is read until it passes the limit.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        tight.url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      request.on('error', reject);
      request.write(JSON.stringify({ query }).slice(0, 1500));
      request.end(JSON.stringify({ query }).slice(1500));
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).errors[0].message).toMatch(/^Request body limit of 2048 bytes exceeded, found at least \d+ bytes\./);
  });
});

describe('cost of real pages at the default limit of 10000', () => {
  /** The catalogue page: organisations with their services and what those offer (the explorer's first tab). */
  const CATALOGUE = `query ($first: Int) { organisations(first: $first) { totalCount edges { node { name kind municipalities { name }
    services { name activities { code nameEn } targetGroups { code nameEn } } } } } }`;

  it('answers the catalogue page at the default page size of 20 and at first: 20', async () => {
    for (const variables of [{}, { first: 20 }]) {
      const response = await gql(stack.gatewayUrl, CATALOGUE, variables);
      expect(response.errors).toBeUndefined();
      expect(response.data.organisations.edges.length).toBeGreaterThan(0);
    }
  });

  it("answers an admin's page of 100 volunteers with their assignments", async () => {
    const token = await tokenFor({ role: 'admin' });
    const response = await gql(
      stack.gatewayUrl,
      `{ volunteers(first: 100) { totalCount edges { node { id name email municipality { name }
        assignments { place activity status startDate endDate organisation { name } agreement { title } } } } } }`,
      {},
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.volunteers.edges.some((e: any) => e.node.assignments?.length > 0)).toBe(true);
  });

  it('gives first: 500 the page-size rule, not the cost', async () => {
    const response = await gql(stack.gatewayUrl, CATALOGUE, { first: 500 });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toBe('first: must be between 1 and 100, got 500');
  });

  it('still refuses a bomb: lists nested in lists', async () => {
    const response = await gql(
      stack.gatewayUrl,
      '{ organisations(first: 100) { edges { node { chapters { chapters { services { municipalities { agreements { title } } } } } } } } }',
    );
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/^Query cost limit of 10000 exceeded, found \d+\. \(GATEWAY_MAX_COST\)$/);
  });
});

describe('introspection and CSRF', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('allows introspection in development and refuses it in production', async () => {
    expect((await gql(stack.gatewayUrl, INTROSPECT)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const response = await gql(production.url, INTROSPECT);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toMatch(/introspection is not allowed/);
  });

  it('hides field suggestions when introspection is off', async () => {
    const development = await gql(stack.gatewayUrl, '{ municipality(code: "5601") { nam } }');
    expect(development.errors![0].message).toMatch(/Did you mean "name"/);
    const response = await gql(production.url, '{ municipality(code: "5601") { nam } }');
    expect(response.errors![0].message).toMatch(/Cannot query field "nam"/);
    expect(response.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ counties { code } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const form = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ counties { code } }' }),
    });
    // Refused before it is read: POST /graphql takes JSON only (415).
    expect(form.status).toBe(415);
    const preflighted = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ county(code: "56") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await preflighted.json()) as { data: unknown }).data).toEqual({ county: { name: 'Finnmark' } });
  });
});
