import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import type { VolunteerAccess } from '../access.js';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { ComplianceKind, VerifierKind } from '../enums.js';
import { checkNotFuture, requireText } from '../rules/validation.js';

/** What one check says: the kind, when it was made or done, until when it holds, the course. */
export interface Check {
  kind: ComplianceKind;
  verifiedOn: string;
  validUntil: string | null;
  course?: string;
  /** How the input names the dates (verifiedOn/validUntil, signedOn/validUntil, completedOn). */
  fields: { verifiedOn: string; validUntil?: string };
}

/**
 * Records one check of a volunteer as a new record by the caller: an organisation with a
 * current engagement with the volunteer, or an admin (`requireFull`). Nothing is overwritten;
 * the record names who made it. The politiattest itself is never stored.
 */
export async function recordCheck(
  ctx: Context,
  access: VolunteerAccess,
  volunteerId: string,
  check: Check,
  action: string,
): Promise<ComplianceRecord> {
  const { caller } = ctx;
  checkNotFuture(check.fields.verifiedOn, check.verifiedOn, ctx.clock.today());
  if (check.validUntil && check.validUntil < check.verifiedOn)
    throw new BadUserInputError(check.fields.validUntil ?? 'validUntil', `${check.validUntil} is before ${check.verifiedOn}`);
  const course = check.course === undefined ? null : requireText('course', check.course);
  await access.requireFull(ctx, volunteerId, action);
  const verifier =
    caller.role === 'organisation'
      ? { verifierKind: VerifierKind.ORGANISATION, verifierId: caller.organisationId }
      : { verifierKind: VerifierKind.ADMIN, verifierId: null };
  const record = ctx.em.create(ComplianceRecord, {
    volunteerId,
    kind: check.kind,
    verifiedOn: check.verifiedOn,
    validUntil: check.validUntil,
    course,
    ...verifier,
    recordedBy: caller.subject ?? caller.role,
    recordedAt: ctx.clock.now(),
  });
  await ctx.em.flush();
  return record;
}
