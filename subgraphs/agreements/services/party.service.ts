import type { QBFilterQuery } from '@mikro-orm/knex';
import type { Context } from '../../common/context.js';
import { subquery } from '../../common/db.js';
import { BadUserInputError, NotFoundError, UniqueConflictError } from '../../common/errors.js';
import { actorOf, answeringFor, visibleAgreements } from '../access.js';
import { AuditAction, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { answerProblem } from '../rules/parties.js';

/**
 * An organisation named on an agreement accepts (it becomes a party) or declines. Only the
 * organisation itself answers, or an admin for it; the answer is audited. The proposal is
 * answered once: a second answer, or one racing another, is refused.
 */
export async function respondToAgreement(
  ctx: Context,
  agreementId: string,
  accept: boolean,
  organisationId: string | null | undefined,
): Promise<Agreement> {
  const organisation = answeringFor(ctx.caller, organisationId, 'respondToAgreement');
  const agreement = await ctx.em.findOne(Agreement, { $and: [{ id: agreementId }, visibleAgreements(ctx.em, ctx.caller)] });
  if (!agreement) throw new NotFoundError('Agreement', agreementId);
  const party = await ctx.em.findOne(AgreementParty, { agreementId, organisationId: organisation });
  if (!party) throw new BadUserInputError('agreementId', `organisation ${organisation} is not named on agreement ${agreementId}`);
  const problem = answerProblem(party.status);
  if (problem) throw new BadUserInputError('accept', problem);
  const status = accept ? PartyStatus.ACCEPTED : PartyStatus.DECLINED;
  const { actor, actorRole } = actorOf(ctx.caller);
  await ctx.em.fork().transactional(async (tx) => {
    const at = ctx.clock.now();
    // Only a proposal still waiting is answered: a concurrent answer or removal wins.
    const answered = await tx.nativeUpdate(
      AgreementParty,
      { agreementId, organisationId: organisation, status: PartyStatus.PROPOSED },
      { status, respondedAt: at, respondedBy: actor },
    );
    if (answered !== 1)
      throw new UniqueConflictError('accept', 'the proposal was answered or withdrawn meanwhile; read the agreement again');
    const changes = [
      { field: `parties[${organisation}].status`, oldValue: JSON.stringify(PartyStatus.PROPOSED), newValue: JSON.stringify(status) },
    ];
    tx.create(AuditEntry, {
      agreementId,
      actor,
      actorRole,
      action: accept ? AuditAction.PARTY_ACCEPTED : AuditAction.PARTY_DECLINED,
      changes,
      at,
    });
  });
  return agreement;
}

/** The agreements waiting for an organisation's answer, newest first: its own (an organisation) or any one's (an admin). */
export async function proposalsFor(ctx: Context, organisationId: string | null | undefined): Promise<Agreement[]> {
  const organisation = answeringFor(ctx.caller, organisationId, 'agreementProposals');
  const waiting = ctx.em
    .createQueryBuilder(AgreementParty, 'p')
    .select('p.agreement_id')
    .where({ organisationId: organisation, status: PartyStatus.PROPOSED });
  return ctx.em
    .createQueryBuilder(Agreement, 'a')
    .select('a.*')
    .where({ id: { $in: subquery(waiting) } })
    .andWhere(visibleAgreements(ctx.em, ctx.caller) as QBFilterQuery<Agreement>)
    .orderBy({ createdAt: 'desc', id: 'asc' })
    .getResultList();
}
