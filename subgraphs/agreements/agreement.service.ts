import type { Context } from '../common/context.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { assertMayWrite, writableAgreement } from './access.js';
import { actorOf, recordAudit, stateDiff } from './audit.js';
import { todayInNorway } from './clock.js';
import type { CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from './agreement.input.js';
import { AgreementStatus, AuditAction } from './enums.js';
import { Agreement } from './entities/agreement.entity.js';
import { isClosed, statusOn } from './lifecycle.js';
import type { OrganisationDirectory } from './organisation-directory.js';
import { checkParties } from './parties.js';
import { emptyState, loadState, mergeState, type AgreementState } from './state.js';
import { validateState } from './validation.js';
import { assignScalars, inTransaction, lockedAgreement, writeChildren } from './write.js';

const statusChange = (from: AgreementStatus | null, to: AgreementStatus) => ({
  field: 'status', oldValue: from === null ? null : JSON.stringify(from), newValue: JSON.stringify(to),
});

/** Inserts a new agreement with its rows and its CREATED audit entry, in one transaction. */
async function insert(ctx: Context, state: AgreementState, requested: AgreementStatus, replacesId: string | null): Promise<Agreement> {
  const status = statusOn(requested, state.endDate, todayInNorway());
  const changes = [...stateDiff(null, state), statusChange(null, status)];
  if (replacesId) changes.push({ field: 'replacesId', oldValue: null, newValue: JSON.stringify(replacesId) });
  return inTransaction(ctx.em, null, 0, async (tx) => {
    const agreement = tx.create(Agreement, { status, replacesId } as Agreement);
    assignScalars(agreement, state);
    await tx.flush();
    await writeChildren(tx, agreement.id, state, null);
    recordAudit(tx, agreement.id, { name: actorOf(ctx.caller), role: ctx.caller.role }, AuditAction.CREATED, changes);
    await tx.flush();
    return agreement;
  });
}

export async function createAgreement(ctx: Context, directory: OrganisationDirectory, input: CreateAgreementInput): Promise<Agreement> {
  assertMayWrite(ctx.caller, input.municipalityCode, 'createAgreement');
  const requested = input.status ?? AgreementStatus.DRAFT;
  if (requested !== AgreementStatus.DRAFT && requested !== AgreementStatus.ACTIVE) {
    throw new BadUserInputError('input.status', 'a new agreement is DRAFT or ACTIVE; expiry follows the end date');
  }
  const state = mergeState(emptyState(input.municipalityCode, input.type), input);
  validateState(state);
  await checkParties(ctx, directory, state.organisationIds, 'input.organisationIds');
  return insert(ctx, state, requested, null);
}

export async function updateAgreement(ctx: Context, directory: OrganisationDirectory, id: string, version: number, input: UpdateAgreementInput) {
  const current = await writableAgreement(ctx, id, 'updateAgreement');
  if (current.version !== version) throw new ConflictError('Agreement', id, version, current.version);
  const before = await loadState(ctx.em, current);
  const after = mergeState(before, input);
  validateState(after);
  if (isClosed(current.status) && (after.startDate !== before.startDate || after.endDate !== before.endDate)) {
    throw new BadUserInputError(after.endDate !== before.endDate ? 'input.endDate' : 'input.startDate', `a ${current.status} agreement keeps its dates; renew it (renewAgreement) instead`);
  }
  await checkParties(ctx, directory, after.organisationIds, 'input.organisationIds', before.organisationIds);
  const status = statusOn(current.status, after.endDate, todayInNorway());
  const changes = stateDiff(before, after);
  if (status !== current.status) changes.push(statusChange(current.status, status));
  if (changes.length === 0) return current;
  return inTransaction(ctx.em, id, version, async (tx) => {
    const agreement = await lockedAgreement(tx, id, version);
    assignScalars(agreement, after);
    agreement.status = status;
    // Touching the row bumps its version even when only child rows changed.
    agreement.updatedAt = new Date();
    await tx.flush();
    await writeChildren(tx, id, after, before);
    recordAudit(tx, id, { name: actorOf(ctx.caller), role: ctx.caller.role }, AuditAction.UPDATED, changes);
    await tx.flush();
    return agreement;
  });
}

/** A renewal is a new agreement (a draft) linked to the one it replaces; funding and documents start empty. */
export async function renewAgreement(ctx: Context, directory: OrganisationDirectory, id: string, version: number, input: RenewAgreementInput) {
  const old = await writableAgreement(ctx, id, 'renewAgreement');
  if (old.version !== version) throw new ConflictError('Agreement', id, version, old.version);
  const current = statusOn(old.status, old.endDate, todayInNorway());
  if (current !== AgreementStatus.ACTIVE && current !== AgreementStatus.EXPIRED) {
    throw new BadUserInputError('id', `a ${current} agreement cannot be renewed; only an active or expired one can`);
  }
  const renewal = await ctx.em.findOne(Agreement, { replacesId: id });
  if (renewal) throw new BadUserInputError('id', `the agreement is already renewed by ${renewal.id}`);
  const base = { ...(await loadState(ctx.em, old)), funding: [], documents: [], startDate: null, endDate: null };
  const state = mergeState(base, input);
  validateState(state);
  if (old.startDate && state.startDate && state.startDate <= old.startDate) {
    throw new BadUserInputError('input.startDate', `a renewal starts after the agreement it replaces (which started ${old.startDate})`);
  }
  await checkParties(ctx, directory, state.organisationIds, 'input.organisationIds', base.organisationIds);
  return insert(ctx, state, AgreementStatus.DRAFT, id);
}
