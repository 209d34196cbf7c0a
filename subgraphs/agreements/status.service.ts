import type { Context } from '../common/context.js';
import { BadUserInputError, ConflictError } from '../common/errors.js';
import { writableAgreement } from './access.js';
import { actorOf, recordAudit } from './audit.js';
import { todayInNorway } from './clock.js';
import { AgreementStatus, AuditAction } from './enums.js';
import type { FieldChange } from './entities/audit-entry.entity.js';
import { statusOn, transitionProblem } from './lifecycle.js';
import { inTransaction, lockedAgreement } from './write.js';

/** Moves an agreement along its lifecycle on a caller's request: activate a draft, terminate an active agreement. */
export async function changeStatus(ctx: Context, id: string, version: number, to: AgreementStatus, effectiveDate: string | null) {
  const current = await writableAgreement(ctx, id, 'changeAgreementStatus');
  if (current.version !== version) throw new ConflictError('Agreement', id, version, current.version);
  const today = todayInNorway();
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
  return inTransaction(ctx.em, id, version, async (tx) => {
    const agreement = await lockedAgreement(tx, id, version);
    agreement.status = to;
    if (terminatedOn) agreement.terminatedOn = terminatedOn;
    agreement.updatedAt = new Date();
    recordAudit(tx, id, { name: actorOf(ctx.caller), role: ctx.caller.role }, AuditAction.STATUS_CHANGED, changes);
    await tx.flush();
    return agreement;
  });
}
