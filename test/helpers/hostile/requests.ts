import http from 'node:http';
import { signToken } from '../../../subgraphs/common/auth.js';
import { authConfig } from '../../../subgraphs/common/config.js';

/** A request as sent on the wire: a hostile one may be anything. */
export interface RawRequest {
  name: string;
  method?: string;
  /** Path relative to the service (default /graphql). */
  path?: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  text: string;
  ms: number;
}

/** Sends a request over plain HTTP, so nothing normalises its headers or body; a reset connection is an answer of status 0. */
export function sendRaw(base: string, request: RawRequest): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      new URL(request.path ?? '/graphql', base),
      { method: request.method ?? 'POST', headers: request.headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer in 30 s')));
    req.on('error', (error) => resolve({ status: 0, text: String(error), ms: performance.now() - started }));
    req.end(request.body);
  });
}

const JSON_TYPE = { 'content-type': 'application/json' };
const json = (name: string, body: unknown, headers: Record<string, string> = {}): RawRequest => ({
  name,
  headers: { ...JSON_TYPE, ...headers },
  body: JSON.stringify(body),
});

const nest = (depth: number, leaf: string) => `${'county(code: "56") { municipalities { '.repeat(depth)}${leaf}${' } }'.repeat(depth)}`;

/** Operation shapes: several operations, bad names, deep nesting, many aliases, fields, directives, fragments, variables. */
export function shapeRequests(): RawRequest[] {
  return [
    json('two operations, no operationName', { query: 'query A { __typename } query B { __typename }' }),
    json('unknown operationName', { query: 'query A { __typename }', operationName: 'Nope' }),
    json('operationName on an unnamed query', { query: '{ __typename }', operationName: 'A' }),
    json('operationName not a string', { query: '{ __typename }', operationName: 42 }),
    json('operationName very long', { query: 'query A { __typename }', operationName: 'x'.repeat(100_000) }),
    json('nested 50 deep', { query: `{ ${nest(25, 'name')} }` }),
    json('nested introspection', { query: `{ __schema { types { ${'fields { type { ofType { '.repeat(8)}name${' } } }'.repeat(8)} } } }` }),
    json('1,000 aliases', { query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
    json('100 aliased pages', { query: `{ county(code: "56") { ${Array.from({ length: 100 }, (_, i) => `a${i}: name`).join(' ')} } }` }),
    json('50 root fields', { query: `{ ${Array.from({ length: 50 }, () => '__typename counties { code }').join(' ')} }` }),
    json('200 directives', { query: `{ __typename ${'@include(if: true) '.repeat(200)} }` }),
    json('fragment cycle', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    json('fragment fan-out', {
      query: `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { __typename ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
    }),
    json('undefined variable', { query: '{ county(code: $c) { name } }' }),
    json('duplicate variables', { query: 'query ($c: String, $c: String) { __typename }', variables: { c: 'x' } }),
    json('variable of the wrong type', { query: 'query ($n: Int) { organisations(first: $n) { totalCount } }', variables: { n: 'many' } }),
    json('variables not an object', { query: '{ __typename }', variables: 'x' }),
    json('variables an array', { query: '{ __typename }', variables: [1, 2] }),
    json('extensions not an object', { query: '{ __typename }', extensions: 'x' }),
    json('query not a string', { query: { nested: true } }),
    json('empty query', { query: '' }),
    json('syntax error', { query: '{ county(code: "56" { name }' }),
    json('unterminated string', { query: '{ county(code: "56) { name } }' }),
    json('control character in the query', { query: '{ __typename \u0001 }' }),
    json('unknown field', { query: '{ doesNotExist }' }),
    json('subscription', { query: 'subscription { __typename }' }),
    json('mutation over GET-like body', { query: 'mutation { __typename }' }),
    json('APQ hash mismatch', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    json('APQ unknown hash', { extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } }),
    json('APQ bad version', { query: '{ __typename }', extensions: { persistedQuery: { version: 99, sha256Hash: 'x' } } }),
    json('batched operations', [{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    json('_entities with bad representations', {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: [{}, { __typename: 'Nope' }, { __typename: 'Organisation' }, 'x', 1] },
    }),
    json('_entities with 20,000 representations', {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: Array.from({ length: 20_000 }, () => ({ __typename: 'Municipality', code: '5601' })) },
    }),
    json('_service', { query: '{ _service { sdl } }' }),
  ];
}

/** A token signed with the right secret but claims a caller should not be able to choose. */
const forged = (claims: Record<string, unknown>) => {
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
};

/** Bodies and headers: unreadable JSON, other content types, a body over the limit, bad authorization headers. */
export async function bodyAndHeaderRequests(): Promise<RawRequest[]> {
  const query = JSON.stringify({ query: '{ __typename }' });
  const expired = await signToken(authConfig({}), { role: 'admin', expiresIn: Math.floor(Date.now() / 1000) - 3600 });
  const auth = (name: string, value: string) => json(`authorization: ${name}`, { query: '{ __typename }' }, { authorization: value });
  return [
    { name: 'malformed JSON', headers: JSON_TYPE, body: '{"query": "{ __typename }"' },
    { name: 'JSON null', headers: JSON_TYPE, body: 'null' },
    { name: 'JSON number', headers: JSON_TYPE, body: '42' },
    { name: 'JSON with NaN', headers: JSON_TYPE, body: '{"query": "{ __typename }", "variables": { "n": NaN }}' },
    { name: 'empty body', headers: JSON_TYPE, body: '' },
    {
      name: 'deeply nested JSON',
      headers: JSON_TYPE,
      body: `{"query":"{ __typename }","variables":{"v":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    },
    { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: query },
    { name: 'form', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
    { name: 'multipart', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n--x--' },
    { name: 'no content type', headers: {}, body: query },
    { name: 'latin1 charset', headers: { 'content-type': 'application/json; charset=latin1' }, body: query },
    { name: 'gzip that is not', headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: query },
    { name: 'unknown encoding', headers: { ...JSON_TYPE, 'content-encoding': 'zstd-nope' }, body: query },
    {
      name: 'body over the limit',
      headers: JSON_TYPE,
      body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(2 * 1024 * 1024) }),
    },
    { name: 'PUT', method: 'PUT', headers: JSON_TYPE, body: query },
    { name: 'DELETE', method: 'DELETE', headers: {} },
    { name: 'GET without a query', method: 'GET', headers: { 'apollo-require-preflight': 'true' } },
    {
      name: 'GET mutation',
      method: 'GET',
      path: '/graphql?query=mutation%7B__typename%7D',
      headers: { 'apollo-require-preflight': 'true' },
    },
    { name: 'unknown route', method: 'GET', path: '/does/not/exist', headers: {} },
    { name: 'route traversal', method: 'GET', path: '/graphql/..%2f..%2fpackage.json', headers: {} },
    auth('not a bearer', 'Basic dXNlcjpwYXNz'),
    auth('bearer garbage', 'Bearer garbage'),
    auth('bearer empty', 'Bearer '),
    auth('bearer 10 kB', `Bearer ${'a'.repeat(10_000)}`),
    auth('alg none admin', `Bearer ${forged({ role: 'admin', iss: 'samspill', aud: 'samspill', exp: 9999999999 })}`),
    auth('expired admin', `Bearer ${expired}`),
    auth('three dots', 'Bearer a.b.c'),
    auth('unicode', 'Bearer \u00e6\u00f8\u00e5'),
    json('x-request-id hostile', { query: '{ __typename }' }, { 'x-request-id': `${'../'.repeat(100)}\u00e6` }),
  ];
}
