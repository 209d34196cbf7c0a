import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { subquery } from '../common/db.js';
import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import type { Context } from '../common/context.js';
import { BadUserInputError, ForbiddenError, NotFoundError, UnreachableCaseError } from '../common/errors.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { PartyStatus } from './enums.js';

/*
 * Who may read and write which agreement: the only file that decides on roles.
 */

/**
 * Which agreements a caller may read: public records for everyone; a municipality
 * also its own non-public ones; an organisation those it is party to or invited to
 * (proposed, not declined); admins all.
 */
export function visibleAgreements(em: EntityManager, caller: Caller): FilterQuery<Agreement> {
  switch (caller.role) {
    case 'admin':
      return {};
    case 'municipality':
      return { $or: [{ isPublic: true }, { municipalityCode: caller.municipalityCode }] };
    case 'organisation':
      return {
        $or: [
          { isPublic: true },
          {
            id: {
              $in: subquery(
                em
                  .createQueryBuilder(AgreementParty, 'p')
                  .select('p.agreement_id')
                  .where({ organisationId: caller.organisationId, status: { $in: [PartyStatus.PROPOSED, PartyStatus.ACCEPTED] } }),
              ),
            },
          },
        ],
      };
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return { isPublic: true };
    default:
      throw new UnreachableCaseError(caller);
  }
}

/**
 * `visibleAgreements` as an SQL condition over `agreement a`, for the plain-SQL reads of
 * loaders.ts (no query builder per request). The same rule, role by role; the integration
 * tests compare the two for every role.
 */
export function visibleAgreementsSql(caller: Caller): { sql: string; params: string[] } {
  switch (caller.role) {
    case 'admin':
      return { sql: '1 = 1', params: [] };
    case 'municipality':
      return { sql: '(a.is_public = true or a.municipality_code = ?)', params: [caller.municipalityCode] };
    case 'organisation':
      return {
        sql: '(a.is_public = true or a.id in (select v.agreement_id from agreement_party v where v.organisation_id = ? and v.status in (?, ?)))',
        params: [caller.organisationId, PartyStatus.PROPOSED, PartyStatus.ACCEPTED],
      };
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return { sql: 'a.is_public = true', params: [] };
    default:
      throw new UnreachableCaseError(caller);
  }
}

/**
 * Whether the caller is a party to the agreement (or an admin): contact persons
 * and the audit trail name people, so only the parties see them. `partyIds` are the
 * organisations that accepted; a proposed one is not a party yet.
 */
export function isPartyTo(caller: Caller, agreement: Pick<Agreement, 'municipalityCode'>, partyIds: readonly string[]): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'municipality':
      return caller.municipalityCode === agreement.municipalityCode;
    case 'organisation':
      return partyIds.includes(caller.organisationId);
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return false;
    default:
      throw new UnreachableCaseError(caller);
  }
}

/** Admins write any agreement; a municipality only those of its own municipality; nobody else writes agreements. */
export function assertMayWrite(caller: Caller, municipalityCode: string, action: string): void {
  requireRole(caller, ['admin', 'municipality'], action);
  if (caller.role === 'municipality' && caller.municipalityCode !== municipalityCode) {
    throw new ForbiddenError(
      `${action}: municipality ${caller.municipalityCode} may only write its own agreements, not those of ${municipalityCode}`,
    );
  }
}

/** An agreement the caller may change: NOT_FOUND when it cannot even see it, FORBIDDEN when it sees but may not write it. */
export async function writableAgreement(ctx: Context, id: string, action: string): Promise<Agreement> {
  requireRole(ctx.caller, ['admin', 'municipality'], action);
  const agreement = await ctx.em.findOne(Agreement, { $and: [{ id }, visibleAgreements(ctx.em, ctx.caller)] });
  if (!agreement) throw new NotFoundError('Agreement', id);
  assertMayWrite(ctx.caller, agreement.municipalityCode, action);
  return agreement;
}

/** Who did it, as the audit trail records it: the token subject (else the role), and the role. */
export const actorOf = (caller: Caller) => ({ actor: caller.subject ?? caller.role, actorRole: caller.role });

/**
 * Which of the organisations named on an agreement but not (yet) parties the caller sees:
 * all of them (the agreement's municipality, admins), its own proposal (an organisation), or none.
 */
export function proposalsShownTo(caller: Caller, agreement: Pick<Agreement, 'municipalityCode'>): 'all' | 'own' | 'none' {
  switch (caller.role) {
    case 'admin':
      return 'all';
    case 'municipality':
      return caller.municipalityCode === agreement.municipalityCode ? 'all' : 'none';
    case 'organisation':
      return 'own';
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return 'none';
    default:
      throw new UnreachableCaseError(caller);
  }
}

/**
 * The organisation whose proposals the caller sees or answers: an organisation only
 * itself (another one is FORBIDDEN), an admin the one it names; nobody else.
 */
export function answeringFor(caller: Caller, organisationId: string | null | undefined, action: string): string {
  requireRole(caller, ['organisation', 'admin'], action);
  if (caller.role === 'organisation') {
    if (organisationId && organisationId !== caller.organisationId) {
      throw new ForbiddenError(`${action}: organisation ${caller.organisationId} answers only for itself, not for ${organisationId}`);
    }
    return caller.organisationId;
  }
  if (!organisationId) throw new BadUserInputError('organisationId', 'an admin names the organisation it acts for');
  return organisationId;
}
