import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { SubgraphName } from '../subgraphs/common/config.js';
import type { GatewayContext } from './context.js';
import { GatewayDataSource } from './datasource.js';

/** The response cache's settings (GATEWAY_CACHE, GATEWAY_CACHE_TTL_MS, GATEWAY_CACHE_MAX_ENTRIES, GATEWAY_CACHE_MAX_BYTES). */
export interface ResponseCacheSettings {
  enabled: boolean;
  ttlMs: number;
  maxEntries: number;
  /** Bound on the cached answers' size, counted as the length of their JSON. */
  maxBytes: number;
}

/** The response header that tells a client whether an anonymous query was answered from the cache (HIT) or not (MISS). */
export const CACHE_HEADER = 'x-cache';

/**
 * Subgraphs whose answers hold data they read from another subgraph over HTTP: agreements names its
 * parties from organisations, volunteers asks agreements which parties accepted. A write in the one
 * read from may change what the reader answers, so it drops the reader's cached answers too.
 */
const READS_FROM: Partial<Record<SubgraphName, SubgraphName[]>> = {
  agreements: ['organisations'],
  volunteers: ['agreements'],
};

/** The subgraph itself and every subgraph whose answers may hold its data, directly or through another. */
export function affectedBy(subgraph: string): Set<string> {
  const affected = new Set([subgraph]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [reader, sources] of Object.entries(READS_FROM)) {
      if (!affected.has(reader) && sources.some((s) => affected.has(s))) {
        affected.add(reader);
        grew = true;
      }
    }
  }
  return affected;
}

/** Deepest nesting of variables that gets a key; deeper ones (hostile, or no real query's) are neither cached nor remembered. */
const MAX_KEY_DEPTH = 64;

class TooDeep extends Error {}

/** JSON with object keys sorted at every level, so `{a, b}` and `{b, a}` make the same key; throws TooDeep past MAX_KEY_DEPTH. */
export function stableJson(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth >= MAX_KEY_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item, depth + 1)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(record[k], depth + 1)}`).join(',')}}`;
}

/**
 * The key of one answer: the document (by Apollo's sha256 of its text), the operation chosen in it,
 * and the variables; undefined (not cacheable) when the variables nest deeper than MAX_KEY_DEPTH.
 */
export function cacheKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  try {
    return `${queryHash}\n${operationName ?? ''}\n${stableJson(variables ?? {})}`;
  } catch (error) {
    if (error instanceof TooDeep) return undefined;
    throw error;
  }
}

/** Whether a request may be answered from, and stored in, the cache: a query (no introspection) by a caller who sent no Authorization header. */
export function cacheable(request: {
  authorization: string | undefined;
  callerRole: string;
  operation: OperationDefinitionNode | undefined;
}): boolean {
  const { authorization, callerRole, operation } = request;
  if (authorization !== undefined || callerRole !== 'anonymous' || operation?.operation !== 'query') return false;
  // Introspection answers are left out: they are not data, and leaving them out keeps the rule simple.
  return !operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
  );
}

interface Entry {
  result: FormattedExecutionResult;
  /** The subgraphs the answer was fetched from. */
  subgraphs: ReadonlySet<string>;
}

/** A cacheable request's bookkeeping while it runs: when it started and which subgraphs it fetched from. */
export interface CacheTicket {
  key: string;
  started: number;
  subgraphs: Set<string>;
}

/**
 * Answers of anonymous queries, at most `maxEntries` and `maxBytes` (least recently used out first),
 * each for `ttlMs`. A mutation sent to a subgraph drops every answer that holds data of that
 * subgraph (and of those that read from it, READS_FROM): each subgraph owns its database, so only
 * its own mutations change what it answers. That also covers what no returned entity names (a
 * logged hour changes a municipality's volunteerStats). Changes made outside the gateway (the
 * agreements expiry job, a snapshot run from the command line) show once the TTL has run out.
 *
 * A query that was running when a mutation invalidated one of its subgraphs is not stored (it may
 * have read the data before the write); neither is one that started while a fetch of that subgraph
 * begun before the invalidation was still in flight (deduplication may have let it share that fetch).
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** A logical clock: request starts, fetch starts and invalidations, in order. */
  private clock = 0;
  /** Fetches of cacheable requests in flight, by subgraph. */
  private readonly inFlight = new Map<string, Set<number>>();
  /** Fetches that were in flight when their subgraph was last invalidated and have not ended yet. */
  private readonly pending = new Map<string, Set<number>>();
  /** Only requests started after this tick may store an answer holding the subgraph's data. */
  private readonly barrier = new Map<string, number>();

  constructor(readonly settings: ResponseCacheSettings) {
    this.entries = new LRUCache<string, Entry>({
      max: settings.maxEntries,
      ttl: settings.ttlMs,
      maxSize: settings.maxBytes,
      // Only lengths are compared, so a JSON's length stands for its size; computed once, when stored.
      sizeCalculation: (entry) => Math.max(1, JSON.stringify(entry.result).length),
    });
  }

  get size() {
    return this.entries.size;
  }

  get(key: string): FormattedExecutionResult | undefined {
    return this.entries.get(key)?.result;
  }

  /** Starts a cacheable request's bookkeeping. */
  begin(key: string): CacheTicket {
    return { key, started: ++this.clock, subgraphs: new Set() };
  }

  /** A cacheable request is fetching from `subgraph`; call the function returned when the fetch has ended. */
  fetching(ticket: CacheTicket, subgraph: string): () => void {
    ticket.subgraphs.add(subgraph);
    const id = ++this.clock;
    let flying = this.inFlight.get(subgraph);
    if (!flying) this.inFlight.set(subgraph, (flying = new Set()));
    flying.add(id);
    return () => {
      flying.delete(id);
      const waiting = this.pending.get(subgraph);
      if (waiting?.delete(id) && waiting.size === 0) {
        this.pending.delete(subgraph);
        this.barrier.set(subgraph, ++this.clock);
      }
    };
  }

  /** Stores the answer of a finished request unless a mutation may have changed what it read (see the class). */
  store(ticket: CacheTicket, result: FormattedExecutionResult): boolean {
    for (const subgraph of ticket.subgraphs) {
      if (this.pending.get(subgraph)?.size || (this.barrier.get(subgraph) ?? 0) > ticket.started) return false;
    }
    this.entries.set(ticket.key, { result, subgraphs: ticket.subgraphs });
    return this.entries.has(ticket.key);
  }

  /** A mutation was sent to `subgraph`: drops the answers holding its data; returns how many. */
  invalidate(subgraph: string): number {
    const affected = affectedBy(subgraph);
    for (const name of affected) {
      this.barrier.set(name, ++this.clock);
      const flying = this.inFlight.get(name);
      if (flying?.size) this.pending.set(name, new Set([...(this.pending.get(name) ?? []), ...flying]));
    }
    const dropped: string[] = [];
    for (const [key, entry] of this.entries.entries()) {
      for (const name of entry.subgraphs) {
        if (affected.has(name)) {
          dropped.push(key);
          break;
        }
      }
    }
    for (const key of dropped) this.entries.delete(key);
    return dropped.length;
  }

  clear() {
    this.entries.clear();
  }
}

/** What the cache tells the metrics. */
export interface CacheCounters {
  cacheHit(): void;
  cacheMiss(): void;
  cacheInvalidated(entries: number): void;
}

/**
 * Answers a cacheable request (see `cacheable`) from the cache after every check has run (trusted
 * documents, limits, cost), marks it with the x-cache header, and stores a fresh answer that has
 * no errors. Signed-in callers' requests never touch the cache.
 */
export function responseCachePlugin(cache: ResponseCache, counters: CacheCounters): ApolloServerPlugin<GatewayContext> {
  const ticketOf = (context: GraphQLRequestContext<GatewayContext>) => context.contextValue.cache;
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext) {
          const { contextValue, request, queryHash, operation } = requestContext;
          const eligible = cacheable({
            authorization: request.http?.headers.get('authorization'),
            callerRole: contextValue.caller.role,
            operation,
          });
          if (!eligible || queryHash === undefined) return null;
          const key = cacheKey(queryHash, operation?.name?.value, request.variables);
          if (key === undefined) return null;
          const cached = cache.get(key);
          if (cached) {
            counters.cacheHit();
            requestContext.response.http.headers.set(CACHE_HEADER, 'HIT');
            return { http: requestContext.response.http, body: { kind: 'single', singleResult: cached } };
          }
          counters.cacheMiss();
          requestContext.response.http.headers.set(CACHE_HEADER, 'MISS');
          contextValue.cache = cache.begin(key);
          return null;
        },
        async willSendResponse(requestContext) {
          const ticket = ticketOf(requestContext);
          if (!ticket) return;
          const { response } = requestContext;
          // Never an answer with errors (a partial answer during an outage must not stick), nor one with another status.
          if (response.body.kind !== 'single' || (response.http.status !== undefined && response.http.status !== 200)) return;
          const result = response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          cache.store(ticket, result);
        },
      };
    },
  };
}

/**
 * The gateway's data source with the cache's bookkeeping: which subgraphs a cacheable request
 * fetched from, and, once a mutation was sent to this subgraph (whatever its outcome), the answers
 * it drops.
 */
export class CacheAwareDataSource extends GatewayDataSource {
  private readonly subgraph: string;

  constructor(
    options: ConstructorParameters<typeof GatewayDataSource>[0],
    private readonly cache: ResponseCache,
    private readonly counters: CacheCounters,
  ) {
    super(options);
    this.subgraph = options.name;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const ticket = 'context' in options ? options.context?.cache : undefined;
    const mutation = /^\s*mutation\b/.test(options.request.query ?? '');
    const ended = ticket && !mutation ? this.cache.fetching(ticket, this.subgraph) : undefined;
    try {
      return await super.process(options);
    } finally {
      ended?.();
      if (mutation) this.counters.cacheInvalidated(this.cache.invalidate(this.subgraph));
    }
  }
}
