import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import type { Context } from '../common/context.js';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { Agreement } from './entities/agreement.entity.js';
import { ensureSwept } from './expiry.service.js';
import { visibleAgreements } from './visibility.js';

/** Admins write any agreement; a municipality only those of its own municipality; nobody else writes agreements. */
export function assertMayWrite(caller: Caller, municipalityCode: string, action: string): void {
  requireRole(caller, ['admin', 'municipality'], action);
  if (caller.role === 'municipality' && caller.municipalityCode !== municipalityCode) {
    throw new ForbiddenError(`${action}: municipality ${caller.municipalityCode} may only write its own agreements, not those of ${municipalityCode}`);
  }
}

/** An agreement the caller may change: NOT_FOUND when it cannot even see it, FORBIDDEN when it sees but may not write it. */
export async function writableAgreement(ctx: Context, id: string, action: string): Promise<Agreement> {
  requireRole(ctx.caller, ['admin', 'municipality'], action);
  // A write starts from today's status: an agreement past its end date is expired before anyone edits it.
  await ensureSwept(ctx);
  const agreement = await ctx.em.findOne(Agreement, { $and: [{ id }, visibleAgreements(ctx.em, ctx.caller)] });
  if (!agreement) throw new NotFoundError('Agreement', id);
  assertMayWrite(ctx.caller, agreement.municipalityCode, action);
  return agreement;
}
