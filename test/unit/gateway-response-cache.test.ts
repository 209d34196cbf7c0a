import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { gatewayConfig } from '../../gateway/config.js';
import { limitProtections } from '../../gateway/limits.js';
import { describe, expect, it } from 'vitest';
import { affectedBy, cacheable, cacheKey, ResponseCache, stableJson } from '../../gateway/response-cache.js';

const settings = { enabled: true, ttlMs: 60_000, maxEntries: 100, maxBytes: 1_000_000 };
const operation = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;
const answer = (name: string) => ({ data: { county: { name } } });

/** Runs a request through the cache's bookkeeping: fetches from `subgraphs`, then stores. */
function fetchAndStore(cache: ResponseCache, key: string, subgraphs: string[], result = answer(key)) {
  const ticket = cache.begin(key);
  for (const ended of subgraphs.map((s) => cache.fetching(ticket, s))) ended();
  return cache.store(ticket, result);
}

describe('response cache key', () => {
  it('is the same for the same document, operation and variables in any key order', () => {
    expect(cacheKey('h', 'Q', { a: 1, b: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      cacheKey('h', 'Q', { b: { c: null, d: [1, { x: 1, y: 2 }] }, a: 1 }),
    );
    expect(cacheKey('h', undefined, undefined)).toBe(cacheKey('h', null, {}));
  });

  it('differs by document, operation name and every variable value', () => {
    const keys = [
      cacheKey('h', 'Q', { code: '5601' }),
      cacheKey('h', 'Q', { code: '5602' }),
      cacheKey('h', 'Q', { code: 5601 }),
      cacheKey('h', 'R', { code: '5601' }),
      cacheKey('i', 'Q', { code: '5601' }),
      cacheKey('h', 'Q', { code: ['5601'] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(stableJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('is none (not cacheable) for variables nested deeper than any real query needs, instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: [deep] };
    expect(cacheKey('h', 'Q', { deep })).toBeUndefined();
    expect(cacheKey('h', 'Q', { shallow: { a: [{ b: 1 }] } })).toBeDefined();
  });
});

describe('what may be cached', () => {
  const query = operation('query Q { county(code: "56") { name } }');
  it('only queries of callers without an Authorization header', () => {
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: query })).toBe(true);
    expect(cacheable({ authorization: 'Bearer x', callerRole: 'admin', operation: query })).toBe(false);
    // An empty header is not "no header": the caller is left out as well.
    expect(cacheable({ authorization: '', callerRole: 'anonymous', operation: query })).toBe(false);
    expect(cacheable({ authorization: undefined, callerRole: 'researcher', operation: query })).toBe(false);
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: operation('mutation { x }') })).toBe(false);
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: undefined })).toBe(false);
  });
  it('no introspection', () => {
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: operation('{ __schema { types { name } } }') })).toBe(
      false,
    );
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: operation('{ __type(name: "X") { name } }') })).toBe(
      false,
    );
    expect(cacheable({ authorization: undefined, callerRole: 'anonymous', operation: operation('{ __typename }') })).toBe(true);
  });
});

describe('invalidation', () => {
  it('a mutation in a subgraph drops the answers holding its data, and those of subgraphs that read from it', () => {
    expect([...affectedBy('organisations')].sort()).toEqual(['agreements', 'organisations', 'volunteers']);
    expect([...affectedBy('agreements')].sort()).toEqual(['agreements', 'volunteers']);
    expect([...affectedBy('volunteers')]).toEqual(['volunteers']);
    expect([...affectedBy('indicators')]).toEqual(['indicators']);

    const cache = new ResponseCache(settings);
    fetchAndStore(cache, 'all four', ['organisations', 'agreements', 'volunteers', 'indicators']);
    fetchAndStore(cache, 'organisations only', ['organisations']);
    fetchAndStore(cache, 'indicators only', ['indicators']);
    fetchAndStore(cache, 'volunteers only', ['volunteers']);
    expect(cache.size).toBe(4);
    expect(cache.invalidate('indicators')).toBe(2);
    expect(cache.get('all four')).toBeUndefined();
    expect(cache.get('organisations only')).toEqual(answer('organisations only'));
    expect(cache.invalidate('agreements')).toBe(1);
    expect(cache.get('volunteers only')).toBeUndefined();
    expect(cache.get('organisations only')).toBeDefined();
  });

  it('a query running while its subgraph is invalidated is not stored; one started afterwards is', () => {
    const cache = new ResponseCache(settings);
    const ticket = cache.begin('k');
    cache.fetching(ticket, 'organisations')();
    cache.invalidate('organisations');
    expect(cache.store(ticket, answer('old'))).toBe(false);
    expect(fetchAndStore(cache, 'k', ['organisations'])).toBe(true);
    // A mutation elsewhere does not hold it back.
    const other = cache.begin('j');
    cache.fetching(other, 'organisations')();
    cache.invalidate('indicators');
    expect(cache.store(other, answer('j'))).toBe(true);
  });

  it('nothing holding the subgraph is stored while a fetch begun before the invalidation is in flight (it may be shared)', () => {
    const cache = new ResponseCache(settings);
    const early = cache.begin('early');
    const earlyEnded = cache.fetching(early, 'indicators');
    cache.invalidate('indicators');
    // A request started after the mutation, which may have joined the early fetch through deduplication.
    const late = cache.begin('late');
    const lateEnded = cache.fetching(late, 'indicators');
    lateEnded();
    expect(cache.store(late, answer('late'))).toBe(false);
    earlyEnded();
    expect(cache.store(early, answer('early'))).toBe(false);
    // Once that fetch has ended, a new request stores again.
    expect(fetchAndStore(cache, 'after', ['indicators'])).toBe(true);
  });
});

describe('bounds', () => {
  it('keeps at most maxEntries, the least recently used out first', () => {
    const cache = new ResponseCache({ ...settings, maxEntries: 2 });
    fetchAndStore(cache, 'a', ['organisations']);
    fetchAndStore(cache, 'b', ['organisations']);
    cache.get('a');
    fetchAndStore(cache, 'c', ['organisations']);
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('keeps at most maxBytes of answers, and never one larger than that', () => {
    const cache = new ResponseCache({ ...settings, maxBytes: 80 }); // each small answer is 30 bytes of JSON
    expect(fetchAndStore(cache, 'big', ['organisations'], { data: { county: { name: 'x'.repeat(200) } } })).toBe(false);
    fetchAndStore(cache, 'a', ['organisations']);
    fetchAndStore(cache, 'b', ['organisations']);
    fetchAndStore(cache, 'c', ['organisations']);
    expect(cache.size).toBeLessThan(3);
  });

  it('forgets an answer after the TTL', async () => {
    const cache = new ResponseCache({ ...settings, ttlMs: 50 });
    fetchAndStore(cache, 'a', ['organisations']);
    expect(cache.get('a')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(cache.get('a')).toBeUndefined();
  });
});

describe('settings', () => {
  it('on by default for 30 s, 1000 answers and 32 MiB; off with GATEWAY_CACHE=off or false', () => {
    expect(gatewayConfig({}).cache).toEqual({ enabled: true, ttlMs: 30_000, maxEntries: 1000, maxBytes: 32 * 2 ** 20 });
    for (const value of ['off', 'false', 'OFF', '0']) expect(gatewayConfig({ GATEWAY_CACHE: value }).cache.enabled).toBe(false);
    for (const value of ['on', 'true', '1', '']) expect(gatewayConfig({ GATEWAY_CACHE: value }).cache.enabled).toBe(true);
    expect(
      gatewayConfig({ GATEWAY_CACHE_TTL_MS: '5000', GATEWAY_CACHE_MAX_ENTRIES: '10', GATEWAY_CACHE_MAX_BYTES: '1000' }).cache,
    ).toMatchObject({
      ttlMs: 5000,
      maxEntries: 10,
      maxBytes: 1000,
    });
    expect(() => gatewayConfig({ GATEWAY_CACHE: 'maybe' })).toThrow(/GATEWAY_CACHE must be on or off/);
    expect(() => gatewayConfig({ GATEWAY_CACHE_TTL_MS: '0' })).toThrow(/GATEWAY_CACHE_TTL_MS/);
  });
});

describe('the cost verdict, kept per document, operation and variable values', () => {
  const schema = buildSchema(`
    type Query { page(first: Int): ThingConnection! }
    type ThingConnection { edges: [ThingEdge!]! }
    type ThingEdge { node: Thing! }
    type Thing { id: ID! }
  `);
  const sdl = 'type Query { page(first: Int): ThingConnection! }';
  const source = 'query Page($n: Int) { page(first: $n) { edges { node { id } } } }';
  const document = parse(source);
  const costPlugin = limitProtections(gatewayConfig({ GATEWAY_MAX_COST: '100' }).limits, true, sdl).plugins.at(-1)!;
  const check = async (variables: Record<string, unknown>) => {
    const listener = await costPlugin.requestDidStart!({} as never);
    return listener!.didResolveOperation!({
      schema,
      document,
      operation: document.definitions[0],
      request: { variables },
      queryHash: 'hash-of-page',
    } as never);
  };

  it('lets the same operation through again, and still refuses other variable values that cost too much', async () => {
    await expect(check({ n: 5 })).resolves.toBeUndefined();
    await expect(check({ n: 5 })).resolves.toBeUndefined();
    // 1 + 50 × 3 = 151 > 100, after the same document passed with n = 5.
    await expect(check({ n: 50 })).rejects.toThrow(/Query cost limit of 100 exceeded, found 151/);
    await expect(check({ n: 50 })).rejects.toThrow(/found 151/);
    await expect(check({ n: 5 })).resolves.toBeUndefined();
  });
});
