import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/knex';
import { subquery } from '../common/db.js';
import type { Caller } from '../common/auth.js';
import { UnreachableCaseError } from '../common/errors.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import type { EntityManager } from '@mikro-orm/knex';

/**
 * Which agreements a caller may read: public records for everyone; a municipality
 * also its own non-public ones; an organisation those it is party to; admins all.
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
          { id: { $in: subquery(em.createQueryBuilder(AgreementParty, 'p').select('p.agreement_id').where({ organisationId: caller.organisationId })) } },
        ],
      };
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return { isPublic: true };
    default:
      throw new UnreachableCaseError(caller.role);
  }
}

/**
 * Whether the caller is a party to the agreement (or an admin): contact persons
 * and the audit trail name people, so only the parties see them.
 */
export function isPartyTo(caller: Caller, agreement: Pick<Agreement, 'municipalityCode'>, partyIds: readonly string[]): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'municipality':
      return caller.municipalityCode === agreement.municipalityCode;
    case 'organisation':
      return partyIds.includes(caller.organisationId!);
    case 'anonymous':
    case 'volunteer':
    case 'researcher':
    case 'service':
      return false;
    default:
      throw new UnreachableCaseError(caller.role);
  }
}

/** `visibleAgreements` for a query builder's where (the same condition; the builder types it apart). */
export const visibleWhere = (em: EntityManager, caller: Caller) => visibleAgreements(em, caller) as QBFilterQuery<Agreement>;
