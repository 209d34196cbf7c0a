import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../../subgraphs/common/config.js';
import { startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

interface Reply {
  status: number;
  contentType: string;
  text: string;
}

/** A raw HTTP request, so the headers and the body are exactly what a hostile client would send. */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, contentType: String(res.headers['content-type']), text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The GraphQL error shape and nothing that tells about the server. */
function expectGraphQLError(reply: Reply, status: number, code: string) {
  expect(reply.status).toBe(status);
  expect(reply.contentType).toMatch(/^application\/json/);
  expect(reply.text).not.toMatch(/<html|<pre|\s{2,}at |\.[jt]s:\d+|node_modules|\/work\/|SyntaxError|body-parser|raw-body|express/i);
  const body = JSON.parse(reply.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe(code);
  expect(typeof body.errors[0].message).toBe('string');
  return body.errors[0];
}

const JSON_TYPE = { 'content-type': 'application/json' };
const SERVICES = ['gateway', ...SUBGRAPH_NAMES] as const;
const urlOf = (service: (typeof SERVICES)[number]) => (service === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[service]);

describe.each(SERVICES)('%s answers request mistakes in the GraphQL error shape', (service) => {
  it('unreadable JSON is 400', async () => {
    const error = expectGraphQLError(await send(urlOf(service), 'POST', JSON_TYPE, '{"query": "{ __typename }"'), 400, 'BAD_REQUEST');
    expect(error.message).toMatch(/not valid JSON/);
    expectGraphQLError(await send(urlOf(service), 'POST', JSON_TYPE, 'null'), 400, 'BAD_REQUEST');
  });

  it('a body over the limit is 413, naming the limit', async () => {
    const body = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1024 * 1024) });
    const error = expectGraphQLError(await send(urlOf(service), 'POST', JSON_TYPE, body), 413, 'BAD_REQUEST');
    expect(error.message).toMatch(/^Request body limit of 1048576 bytes exceeded, found \d+ bytes\. \(\w*MAX_BODY_BYTES\)$/);
  });

  it('a body that is not JSON, or says nothing of its type, is 415', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const error = expectGraphQLError(
        await send(urlOf(service), 'POST', { 'content-type': type }, '{"query":"{ __typename }"}'),
        415,
        'BAD_REQUEST',
      );
      expect(error.message).toMatch(/takes a JSON body/);
    }
    expectGraphQLError(await send(urlOf(service), 'POST', {}, '{"query":"{ __typename }"}'), 415, 'BAD_REQUEST');
    const charset = expectGraphQLError(
      await send(urlOf(service), 'POST', { 'content-type': 'application/json; charset=latin1' }, '{"query":"{ __typename }"}'),
      415,
      'BAD_REQUEST',
    );
    expect(charset.message).toMatch(/charset/);
  });

  it('an unknown route is 404, without echoing the path', async () => {
    for (const path of ['/nope', '/graphql/../../etc/passwd', '/%E2%80%AEevil', '/graphql/x']) {
      const reply = await send(new URL(path, urlOf(service)).href, 'GET', {});
      const error = expectGraphQLError(reply, 404, 'NOT_FOUND');
      expect(error.message).not.toMatch(/passwd|evil|nope/);
    }
  });

  it('a well-formed request still answers', async () => {
    const reply = await send(urlOf(service), 'POST', JSON_TYPE, JSON.stringify({ query: '{ __typename }' }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ data: { __typename: 'Query' } });
  });
});

/** Posts a GraphQL body as it is, and reads the answer whatever its status. */
async function post(url: string, body: Record<string, unknown>) {
  const reply = await send(url, 'POST', JSON_TYPE, JSON.stringify(body));
  const parsed = JSON.parse(reply.text) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
  expect(reply.text).not.toMatch(/INTERNAL_SERVER_ERROR|node_modules|\/work\//);
  return { status: reply.status, ...parsed };
}

const offsetCursor = (offset: string) => Buffer.from(`offset:${offset}`).toString('base64url');

describe.each(['gateway', 'organisations'] as const)('%s answers client mistakes with a 4xx-class error naming them', (service) => {
  it('several operations and no operationName, or an operationName that names none', async () => {
    const two = await post(urlOf(service), { query: 'query A { __typename } query B { __typename }' });
    expect(two.status).toBe(400);
    expect(two.errors![0]).toMatchObject({
      message: 'the query has 2 operations (A, B); operationName must say which to run',
      extensions: { code: 'OPERATION_RESOLUTION_FAILURE', field: 'operationName' },
    });
    const unknown = await post(urlOf(service), { query: 'query A { __typename }', operationName: 'Z' });
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0].message).toBe('operationName "Z" names no operation of the query, which has A');
    const unnamed = await post(urlOf(service), { query: '{ __typename }', operationName: 'Z' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.errors![0].message).toBe('operationName "Z" names no operation of the query, which has (unnamed)');
    // The right name still runs.
    expect((await post(urlOf(service), { query: 'query A { __typename } query B { __typename }', operationName: 'B' })).data).toEqual({
      __typename: 'Query',
    });
  });

  it('an automatic persisted query whose hash is not its text', async () => {
    const reply = await post(urlOf(service), {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(reply.status).toBe(400);
    expect(reply.errors![0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('a NUL character in a string argument, written or in a variable', async () => {
    for (const body of [
      { query: '{ organisations(filter: { search: "a\\u0000b" }) { totalCount } }' },
      { query: 'query ($s: String) { organisations(filter: { search: $s }) { totalCount } }', variables: { s: 'a\u0000b' } },
    ]) {
      const reply = await post(urlOf(service), body);
      expect(reply.status).toBe(400);
      expect(reply.errors![0]).toMatchObject({
        message: 'filter.search: must not contain the NUL character (U+0000)',
        extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
      });
    }
  });

  it('a cursor whose offset is out of range, and a 100,000-character search', async () => {
    for (const offset of ['99999999999999999999999', '9007199254740993', '2147483647']) {
      const reply = await post(urlOf(service), { query: `{ organisations(after: "${offsetCursor(offset)}") { totalCount } }` });
      expect(reply.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const page = await post(urlOf(service), {
      query: `{ organisations(after: "${offsetCursor('2147483646')}") { totalCount edges { cursor } } }`,
    });
    expect(page.errors).toBeUndefined();
    const search = await post(urlOf(service), {
      query: 'query ($s: String) { organisations(filter: { search: $s }) { totalCount } }',
      variables: { s: 'a'.repeat(100_000) },
    });
    expect(search.errors![0]).toMatchObject({
      message: 'filter.search: must be at most 255 characters, got 100000',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' },
    });
  });
});
