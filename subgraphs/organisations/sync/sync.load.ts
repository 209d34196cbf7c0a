import type { EntityManager } from '@mikro-orm/knex';
import { Organisation } from '../entities/organisation.entity.js';
import { SyncLink } from '../entities/sync-link.entity.js';
import { SyncSource } from '../entities/sync-source.entity.js';
import { IN_CHUNK, servedCodes } from '../services/organisation.service.js';
import type { SyncRecord } from './sync.types.js';

/** What a batch touches, read in a few chunked queries instead of several per record. */
export interface SyncState {
  /** externalId → organisation id, for this source. */
  links: Map<string, string>;
  byId: Map<string, Organisation>;
  byOrgNumber: Map<string, Organisation>;
  served: Map<string, string[]>;
}

async function chunked<T>(values: string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += IN_CHUNK) rows.push(...(await query(unique.slice(i, i + IN_CHUNK))));
  return rows;
}

/** The registration of a source (who owns it), or null when no admin has registered it. */
export function loadSource(em: EntityManager, source: string): Promise<SyncSource | null> {
  return em.findOne(SyncSource, { source });
}

/** Everything the plan checks a batch against: its links, the organisations it names by id or orgNumber, and what they serve. */
export async function loadState(em: EntityManager, source: string, records: SyncRecord[]): Promise<SyncState> {
  const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v);
  const links = await chunked(present(records.map((r) => r.externalId)), (chunk) =>
    em.find(SyncLink, { source, externalId: { $in: chunk } }),
  );
  const ids = [...links.map((l) => l.organisationId), ...present(records.map((r) => r.parentId))];
  const numbers = present(records.flatMap((r) => [r.orgNumber, r.parentOrgNumber]));
  const linked = await chunked(ids, (chunk) => em.find(Organisation, { id: { $in: chunk } }));
  // A replay's orgNumbers are mostly those of the linked organisations already read: ask only for the others.
  const known = new Set(linked.map((o) => o.orgNumber));
  const orgs = [
    ...linked,
    ...(await chunked(
      numbers.filter((n) => !known.has(n)),
      (chunk) => em.find(Organisation, { orgNumber: { $in: chunk } }),
    )),
  ];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  return {
    links: new Map(links.map((l) => [l.externalId, l.organisationId])),
    byId,
    byOrgNumber: new Map([...byId.values()].filter((o) => o.orgNumber).map((o) => [o.orgNumber!, o])),
    served: await servedCodes(em, [...byId.keys()]),
  };
}
