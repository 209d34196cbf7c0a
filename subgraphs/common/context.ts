import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from './auth.js';
import type { Clock } from './clock.js';
import { lightReads, type LightReads } from './light-read.js';

type BatchLoad<K, V> = (keys: readonly K[]) => Promise<(V | null)[]>;

/** What every resolver gets: a forked EntityManager, the verified caller and per-request loaders. */
export interface Context {
  /** The request's own fork of the EntityManager (unit of work, identity map), made when first used. */
  em: EntityManager;
  /** Plain-SQL reads through the subgraph's connection, no unit of work (light-read.ts). */
  reads: LightReads;
  caller: Caller;
  requestId: string;
  /** The caller's own Authorization header, for a subgraph that asks another one on the caller's behalf. */
  authorization?: string;
  /** The subgraph's clock: every "now" and "today" of the request comes from it. */
  clock: Clock;
  /** A per-request DataLoader, created on first use under `name`. */
  loader<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V | null>;
}

interface RequestIdentity {
  caller: Caller;
  requestId: string;
  authorization?: string;
}

/**
 * The context of one request over the subgraph's root EntityManager: the fork (`em`) is made on
 * first use, so a request served by light reads alone never pays for one; loaders are made on first
 * use. A class, with `em` a getter of its prototype: Apollo Server copies the context's own
 * properties for each operation (`Object.assign`), which would call a getter of the object itself.
 */
class RequestContext implements Context {
  readonly reads: LightReads;
  readonly caller: Caller;
  readonly requestId: string;
  readonly authorization?: string;
  private forked?: EntityManager;
  private loaders?: Map<string, DataLoader<unknown, unknown>>;

  constructor(
    private readonly root: EntityManager,
    identity: RequestIdentity,
    readonly clock: Clock,
  ) {
    this.reads = lightReads(root);
    this.caller = identity.caller;
    this.requestId = identity.requestId;
    this.authorization = identity.authorization;
  }

  get em(): EntityManager {
    return (this.forked ??= this.root.fork());
  }

  loader<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V | null> {
    this.loaders ??= new Map();
    let loader = this.loaders.get(name) as DataLoader<K, V | null> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

export function createContext(root: EntityManager, identity: RequestIdentity, clock: Clock): Context {
  return new RequestContext(root, identity, clock);
}

/** Orders rows to match `keys` (DataLoader's contract), null where a key has no row. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows under `keys` (for one-to-many loaders), an empty list where a key has none. */
export function groupByKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K | K[]): V[][] {
  const map = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    const rowKeys = keyOf(row);
    for (const key of Array.isArray(rowKeys) ? rowKeys : [rowKeys]) map.get(key)?.push(row);
  }
  return keys.map((key) => map.get(key)!);
}
