import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from './auth.js';

export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<(V | null)[]>;

/** What every resolver gets: a forked EntityManager, the verified caller and per-request loaders. */
export interface Context {
  em: EntityManager;
  caller: Caller;
  requestId: string;
  /** The caller's own Authorization header, for a subgraph that asks another one on the caller's behalf. */
  authorization?: string;
  /** A per-request DataLoader, created on first use under `name`. */
  loader<K, V>(name: string, batch: BatchLoad<K, V>): DataLoader<K, V | null>;
}

export function createContext(em: EntityManager, caller: Caller, requestId: string, authorization?: string): Context {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    em: em.fork(),
    caller,
    requestId,
    authorization,
    loader<K, V>(name: string, batch: BatchLoad<K, V>) {
      let loader = loaders.get(name) as DataLoader<K, V | null> | undefined;
      if (!loader) {
        loader = new DataLoader<K, V | null>(batch, { maxBatchSize: 1000 });
        loaders.set(name, loader as DataLoader<unknown, unknown>);
      }
      return loader;
    },
  };
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
