import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { actorOf, writableAgreement } from '../access.js';
import { AgreementStatus, AuditAction } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AuditEntry, type FieldChange } from '../entities/audit-entry.entity.js';
import { statusOn, transitionProblem } from '../rules/lifecycle.js';

/** Moves an agreement along its lifecycle on a caller's request: activate a draft, terminate an active agreement. */
export async function changeStatus(
  ctx: Context,
  id: string,
  version: number,
  to: AgreementStatus,
  effectiveDate: string | null,
): Promise<Agreement> {
  const current = await writableAgreement(ctx, id, 'changeAgreementStatus');
  assertVersion('Agreement', id, version, current.version);
  const today = ctx.clock.today();
  // The stored status may lag the clock until the sweep runs; the lifecycle goes by the real one.
  const from = statusOn(current.status, current.endDate, today);
  const problem = transitionProblem(from, to, 'caller');
  if (problem) throw new BadUserInputError('status', `${from} → ${to} is not allowed: ${problem}`);
  let terminatedOn: string | null = null;
  if (to === AgreementStatus.TERMINATED) {
    terminatedOn = effectiveDate ?? today;
    if (current.startDate && terminatedOn < current.startDate) {
      throw new BadUserInputError('effectiveDate', `${terminatedOn} is before the agreement started (${current.startDate})`);
    }
  } else if (effectiveDate) {
    throw new BadUserInputError('effectiveDate', 'only a termination takes an effective date');
  }
  const changes: FieldChange[] = [{ field: 'status', oldValue: JSON.stringify(current.status), newValue: JSON.stringify(to) }];
  if (terminatedOn) changes.push({ field: 'terminatedOn', oldValue: null, newValue: JSON.stringify(terminatedOn) });
  return versionedWrite(ctx.em, { entity: Agreement, label: 'Agreement', id, version }, (agreement, tx) => {
    agreement.status = to;
    if (terminatedOn) agreement.terminatedOn = terminatedOn;
    agreement.updatedAt = ctx.clock.now();
    tx.create(AuditEntry, { agreementId: id, ...actorOf(ctx.caller), action: AuditAction.STATUS_CHANGED, changes, at: ctx.clock.now() });
  });
}
