import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError, UniqueConflictError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { requireCreateOrganisation, requireManage, requireMove } from '../access.js';
import { ChangeKind, OrganisationStatus } from '../enums.js';
import { Organisation } from '../entities/organisation.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import {
  assignPatch,
  changedFields,
  currentFields,
  normalisedCodes,
  patchProblems,
  PATCH_FIELDS,
  type OrganisationPatch,
} from '../rules/organisation-fields.js';
import { nextUpdatedAt, searchTextOf } from '../rules/record.js';
import { recordChange, withWriteLock } from './change-feed.service.js';

/** Rows per `$in` list, well under SQLite's and PostgreSQL's parameter limits. */
export const IN_CHUNK = 500;

/** A new organisation from a complete patch (name and kind given), made at the clock's now; not flushed, and persisted only if `persist`. */
export function newOrganisation(tx: EntityManager, patch: OrganisationPatch, clock: Clock, id?: string, persist = true): Organisation {
  // The checks before a creation (GraphQL's non-null kind, the sync plan) make sure a kind is given.
  if (!patch.kind) throw new Error('newOrganisation: a new organisation needs a kind');
  const now = clock.now();
  const organisation = tx.create(
    Organisation,
    { ...(id ? { id } : {}), name: '', kind: patch.kind, createdAt: now, updatedAt: now },
    { persist },
  );
  assignPatch(organisation, patch);
  organisation.searchText = searchTextOf(organisation);
  return organisation;
}

/** Applies a patch to an organisation (flushed by the caller); the row always counts as changed, so its version moves on. */
export function patchOrganisation(organisation: Organisation, patch: OrganisationPatch, now: Date): void {
  assignPatch(organisation, patch);
  organisation.searchText = searchTextOf(organisation);
  organisation.updatedAt = nextUpdatedAt(organisation.updatedAt, now);
}

/**
 * Replaces the municipalities an organisation serves; call after the organisation is flushed.
 * Deleted and inserted natively: a kept row read earlier in the request still sits in the
 * identity map, where the unit of work would take it for one that exists and never insert it.
 */
async function replaceServed(
  tx: EntityManager,
  organisationId: string,
  codes: string[] | null | undefined,
  existed: boolean,
): Promise<void> {
  if (existed) await tx.nativeDelete(OrganisationMunicipality, { organisationId });
  const rows = normalisedCodes(codes).map((code) =>
    Object.assign(new OrganisationMunicipality(), { organisationId, municipalityCode: code }),
  );
  await insertChunked(tx, OrganisationMunicipality, rows);
}

/** Inserts rows with multi-row INSERTs of `IN_CHUNK` rows (bulk paths that skip the unit of work). */
export async function insertChunked<T extends object>(tx: EntityManager, entity: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += IN_CHUNK) await tx.insertMany(entity, rows.slice(i, i + IN_CHUNK));
}

/** The served municipality codes of many organisations, sorted, in chunked queries. */
export async function servedCodes(em: EntityManager, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const rows = await em.find(
      OrganisationMunicipality,
      { organisationId: { $in: ids.slice(i, i + IN_CHUNK) } },
      { orderBy: { municipalityCode: 'asc' } },
    );
    for (const row of rows) map.get(row.organisationId)?.push(row.municipalityCode);
  }
  return map;
}

function requireValid(patch: OrganisationPatch) {
  const [first] = patchProblems(patch, 'input');
  if (first) throw new BadUserInputError(first.field, first.message);
}

/** Rules that need the database: a free orgNumber, an existing parent that is not the record itself. */
async function checkState(em: EntityManager, patch: OrganisationPatch, self?: Organisation) {
  if (patch.orgNumber) {
    const holder = await em.findOne(Organisation, { orgNumber: patch.orgNumber });
    if (holder && holder.id !== self?.id) {
      throw new UniqueConflictError('input.orgNumber', `${patch.orgNumber} is already registered to "${holder.name}" (${holder.id})`);
    }
  }
  if (patch.parentId) {
    if (patch.parentId === self?.id) throw new BadUserInputError('input.parentId', 'an organisation cannot be its own parent');
    if (!(await em.findOne(Organisation, { id: patch.parentId })))
      throw new BadUserInputError('input.parentId', `no organisation has id ${patch.parentId}`);
  }
}

/** Registers an organisation (admins any, an organisation its own chapters), with its first entry in the change feed. */
export async function createOrganisation({ em, caller, clock }: Context, patch: OrganisationPatch): Promise<Organisation> {
  requireCreateOrganisation(caller, patch.parentId);
  requireValid(patch);
  await checkState(em, patch);
  return withWriteLock(em, async (tx) => {
    const organisation = newOrganisation(tx, patch, clock);
    await tx.flush();
    await replaceServed(tx, organisation.id, patch.municipalityCodes, false);
    recordChange(
      tx,
      organisation,
      ChangeKind.CREATED,
      PATCH_FIELDS.filter((f) => patch[f] != null),
      clock.now(),
    );
    await tx.flush();
    return organisation;
  });
}

/** The change kind of an update: leaving the active status is a deactivation. */
const kindOf = (before: OrganisationStatus, after: OrganisationStatus) =>
  before === OrganisationStatus.ACTIVE && after !== OrganisationStatus.ACTIVE ? ChangeKind.DEACTIVATED : ChangeKind.UPDATED;

/** Updates an organisation the caller may manage, if `version` is still current; writes nothing when nothing changes. */
export async function updateOrganisation(
  { em, caller, clock }: Context,
  id: string,
  version: number,
  patch: OrganisationPatch,
): Promise<Organisation> {
  const organisation = await em.findOne(Organisation, { id });
  if (!organisation) throw new NotFoundError('Organisation', id);
  requireManage(caller, organisation, 'updateOrganisation');
  requireMove(caller, organisation, patch.parentId);
  assertVersion('Organisation', id, version, organisation.version);
  requireValid(patch);
  await checkState(em, patch, organisation);
  const served = (await servedCodes(em, [id])).get(id) ?? [];
  const changed = changedFields(currentFields(organisation, served), patch);
  if (changed.length === 0) return organisation;
  // Loaded again under the write lock and checked against `version`: the checks above may have raced another writer.
  return versionedWrite(em, { entity: Organisation, label: 'Organisation', id, version, transaction: withWriteLock }, async (row, tx) => {
    const before = row.status;
    patchOrganisation(row, patch, clock.now());
    await tx.flush();
    if (changed.includes('municipalityCodes')) await replaceServed(tx, id, patch.municipalityCodes, true);
    recordChange(tx, row, kindOf(before, row.status), changed, clock.now());
  });
}

/** Marks an organisation inactive or dissolved (never active: updateOrganisation reactivates). */
export async function deactivateOrganisation(ctx: Context, id: string, version: number, status: OrganisationStatus): Promise<Organisation> {
  if (status === OrganisationStatus.ACTIVE)
    throw new BadUserInputError('status', 'deactivate to INACTIVE or DISSOLVED; updateOrganisation reactivates');
  return updateOrganisation(ctx, id, version, { status });
}
