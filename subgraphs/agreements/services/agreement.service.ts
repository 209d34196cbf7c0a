import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../common/context.js';
import { BadUserInputError, UniqueConflictError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { actorOf, assertMayWrite, writableAgreement } from '../access.js';
import type { OrganisationsClient } from '../clients/organisations.client.js';
import { AgreementStatus, AuditAction, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { AuditEntry, type FieldChange } from '../entities/audit-entry.entity.js';
import { Commitment } from '../entities/commitment.entity.js';
import { Contact } from '../entities/contact.entity.js';
import { AgreementDocument } from '../entities/document.entity.js';
import { Funding } from '../entities/funding.entity.js';
import { Requirement } from '../entities/requirement.entity.js';
import type { CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from '../inputs/agreement.input.js';
import {
  changedParts,
  columnsOf,
  emptyState,
  mergeState,
  PART_NAMES,
  stateDiff,
  stateOf,
  type AgreementState,
  type Part,
} from '../rules/fields.js';
import { isClosed, statusOn } from '../rules/lifecycle.js';
import { partyPlan } from '../rules/parties.js';
import { validateState } from '../rules/validation.js';

/*
 * Create, update and renew an agreement. Each goes one way: check access → merge the
 * input into the whole agreement → validate it → ask the organisations subgraph about
 * new parties → one write (the row, its lists and the audit entry) in one transaction.
 * Naming an organisation proposes it; it becomes a party when it accepts (party.service.ts).
 */

/** The table of each list of rows; every row belongs to one agreement. */
const TABLES: Record<Part, EntityClass<{ agreementId: string }>> = {
  commitments: Commitment,
  requirements: Requirement,
  funding: Funding,
  contacts: Contact,
  documents: AgreementDocument,
};

const statusChange = (from: AgreementStatus | null, to: AgreementStatus): FieldChange => ({
  field: 'status',
  oldValue: from === null ? null : JSON.stringify(from),
  newValue: JSON.stringify(to),
});

export async function createAgreement(ctx: Context, organisations: OrganisationsClient, input: CreateAgreementInput): Promise<Agreement> {
  assertMayWrite(ctx.caller, input.municipalityCode, 'createAgreement');
  const requested = input.status ?? AgreementStatus.DRAFT;
  if (requested !== AgreementStatus.DRAFT && requested !== AgreementStatus.ACTIVE) {
    throw new BadUserInputError('input.status', 'a new agreement is DRAFT or ACTIVE; expiry follows the end date');
  }
  const state = mergeState(emptyState(), input);
  validateState(state);
  await checkParties(ctx, organisations, state.organisationIds);
  return insert(ctx, state, requested, null);
}

export async function updateAgreement(
  ctx: Context,
  organisations: OrganisationsClient,
  id: string,
  version: number,
  input: UpdateAgreementInput,
): Promise<Agreement> {
  const current = await writableAgreement(ctx, id, 'updateAgreement');
  assertVersion('Agreement', id, version, current.version);
  const before = await loadState(ctx.em, current);
  const after = mergeState(before, input);
  validateState(after);
  if (isClosed(current.status) && (after.startDate !== before.startDate || after.endDate !== before.endDate)) {
    throw new BadUserInputError(
      after.endDate !== before.endDate ? 'input.endDate' : 'input.startDate',
      `a ${current.status} agreement keeps its dates; renew it (renewAgreement) instead`,
    );
  }
  await checkParties(ctx, organisations, after.organisationIds, before.organisationIds);
  const status = statusOn(current.status, after.endDate, ctx.clock.today());
  const changes = stateDiff(before, after);
  if (status !== current.status) changes.push(statusChange(current.status, status));
  if (changes.length === 0) return current;
  return versionedWrite(ctx.em, { entity: Agreement, label: 'Agreement', id, version }, async (agreement, tx) => {
    // Touching the row bumps its version even when only its lists changed; written first, so a
    // concurrent writer waits on the row and gets CONFLICT before it touches the lists.
    Object.assign(agreement, columnsOf(after), { status, updatedAt: ctx.clock.now() });
    await tx.flush();
    await writeLists(tx, id, after, before);
    tx.create(AuditEntry, { agreementId: id, ...actorOf(ctx.caller), action: AuditAction.UPDATED, changes, at: ctx.clock.now() });
  });
}

/**
 * A renewal is a new agreement (a draft) linked to the one it replaces; funding and documents
 * start empty, and the named organisations are asked again: consent is to one agreement.
 */
export async function renewAgreement(
  ctx: Context,
  organisations: OrganisationsClient,
  id: string,
  version: number,
  input: RenewAgreementInput,
): Promise<Agreement> {
  const old = await writableAgreement(ctx, id, 'renewAgreement');
  assertVersion('Agreement', id, version, old.version);
  const current = statusOn(old.status, old.endDate, ctx.clock.today());
  if (current !== AgreementStatus.ACTIVE && current !== AgreementStatus.EXPIRED) {
    throw new BadUserInputError('id', `a ${current} agreement cannot be renewed; only an active or expired one can`);
  }
  const renewal = await ctx.em.findOne(Agreement, { replacesId: id });
  if (renewal) throw new UniqueConflictError('id', `the agreement is already renewed by ${renewal.id}`);
  const base: AgreementState = { ...(await loadState(ctx.em, old)), funding: [], documents: [], startDate: null, endDate: null };
  const state = mergeState(base, input);
  validateState(state);
  if (old.startDate && state.startDate && state.startDate <= old.startDate) {
    throw new BadUserInputError('input.startDate', `a renewal starts after the agreement it replaces (which started ${old.startDate})`);
  }
  await checkParties(ctx, organisations, state.organisationIds, base.organisationIds);
  return insert(ctx, state, AgreementStatus.DRAFT, id);
}

/**
 * Refuses party ids the organisations subgraph does not know. It asks that subgraph
 * (never its tables) on the caller's behalf; `known` ids are not asked again.
 */
async function checkParties(ctx: Context, organisations: OrganisationsClient, ids: string[], known: string[] = []): Promise<void> {
  const ask = ids.filter((id) => !known.includes(id));
  if (ask.length === 0) return;
  const found = await organisations.find(ask, { authorization: ctx.authorization, requestId: ctx.requestId });
  const index = ids.findIndex((id) => ask.includes(id) && !found.has(id));
  if (index >= 0)
    throw new BadUserInputError(`input.organisationIds[${index}]`, `the organisations subgraph does not know organisation ${ids[index]}`);
}

/** Inserts a new agreement with its lists and its CREATED audit entry, in one transaction. */
async function insert(ctx: Context, state: AgreementState, requested: AgreementStatus, replacesId: string | null): Promise<Agreement> {
  const status = statusOn(requested, state.endDate, ctx.clock.today());
  const changes = [...stateDiff(null, state), statusChange(null, status)];
  if (replacesId) changes.push({ field: 'replacesId', oldValue: null, newValue: JSON.stringify(replacesId) });
  return ctx.em.fork().transactional(async (tx) => {
    const now = ctx.clock.now();
    const agreement = tx.create(Agreement, { ...columnsOf(state), status, replacesId, createdAt: now, updatedAt: now });
    // The row first: the tables of its lists reference it.
    await tx.flush();
    await writeLists(tx, agreement.id, state, null);
    tx.create(AuditEntry, { agreementId: agreement.id, ...actorOf(ctx.caller), action: AuditAction.CREATED, changes, at: now });
    return agreement;
  });
}

/** The stored agreement as a state. */
async function loadState(em: EntityManager, agreement: Agreement): Promise<AgreementState> {
  const where = { agreementId: agreement.id };
  const [parties, ...lists] = await Promise.all([
    em.find(AgreementParty, where),
    ...PART_NAMES.map((part) => em.find(TABLES[part], where)),
  ]);
  const rows = Object.fromEntries(PART_NAMES.map((part, i) => [part, lists[i]])) as { [P in Part]: object[] };
  return stateOf(
    agreement,
    parties.map((p) => p.organisationId),
    rows,
  );
}

/**
 * Writes the named organisations (new ones proposed, those no longer named removed, the others
 * keep their answer) and replaces the lists that changed (all of them for a new agreement).
 */
async function writeLists(tx: EntityManager, agreementId: string, state: AgreementState, before: AgreementState | null): Promise<void> {
  const where = { agreementId };
  if (!before || JSON.stringify([...before.organisationIds].sort()) !== JSON.stringify([...state.organisationIds].sort())) {
    const { propose, remove } = partyPlan(before ? await tx.find(AgreementParty, where) : [], state.organisationIds);
    if (remove.length > 0) await tx.nativeDelete(AgreementParty, { agreementId, organisationId: { $in: remove } });
    for (const organisationId of propose) tx.create(AgreementParty, { agreementId, organisationId, status: PartyStatus.PROPOSED });
  }
  for (const part of changedParts(before, state)) {
    await tx.nativeDelete(TABLES[part], where);
    for (const row of state[part]) tx.create(TABLES[part], { ...row, agreementId });
  }
}
