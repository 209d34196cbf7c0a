import type { EntityManager } from '@mikro-orm/knex';
import { foldForSearch } from '../common/text.js';
import { OrganisationStatus } from './enums.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { assignPatch, normalisedCodes, type OrganisationPatch } from './organisation-fields.js';

/** Rows per `$in` list, well under SQLite's and PostgreSQL's parameter limits. */
export const IN_CHUNK = 500;

export const searchTextOf = (o: Pick<Organisation, 'name' | 'description'>) => foldForSearch(`${o.name} ${o.description ?? ''}`);

/** A new organisation from a complete patch (name and kind given), not yet flushed. */
export function newOrganisation(tx: EntityManager, patch: OrganisationPatch, id?: string, persist = true): Organisation {
  const organisation = tx.create(Organisation, {
    ...(id ? { id } : {}),
    name: '',
    kind: patch.kind!,
    icnpoCategories: [],
    status: OrganisationStatus.ACTIVE,
    searchText: '',
  } as unknown as Organisation, { persist });
  assignPatch(organisation, patch);
  organisation.searchText = searchTextOf(organisation);
  return organisation;
}

/** Applies a patch to a loaded organisation (flushed by the caller). */
export function patchOrganisation(organisation: Organisation, patch: OrganisationPatch): void {
  assignPatch(organisation, patch);
  organisation.searchText = searchTextOf(organisation);
}

/** Replaces the municipalities an organisation serves; call after the organisation is flushed. */
export async function replaceServed(tx: EntityManager, organisationId: string, codes: string[], existed: boolean): Promise<void> {
  if (existed) await tx.nativeDelete(OrganisationMunicipality, { organisationId });
  for (const code of normalisedCodes(codes)) tx.create(OrganisationMunicipality, { organisationId, municipalityCode: code });
}

/** Inserts rows with multi-row INSERTs of `IN_CHUNK` rows (bulk paths that skip the unit of work). */
export async function insertChunked<T extends object>(tx: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += IN_CHUNK) await tx.insertMany(entity, rows.slice(i, i + IN_CHUNK));
}

/** The served municipality codes of many organisations, sorted, in chunked queries. */
export async function servedCodes(em: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const rows = await em.find(OrganisationMunicipality, { organisationId: { $in: ids.slice(i, i + IN_CHUNK) } }, { orderBy: { municipalityCode: 'asc' } });
    for (const row of rows) map.get(row.organisationId)!.push(row.municipalityCode);
  }
  return map;
}
