import { UnreachableCaseError } from '../../common/errors.js';
import { PartyStatus } from '../enums.js';

/*
 * Parties consent. Naming an organisation on an agreement proposes it; it becomes a party
 * only when it (or an admin for it) accepts. Until then the agreement grants the
 * municipality nothing over the organisation or its people.
 */

interface NamedParty {
  organisationId: string;
  status: PartyStatus;
}

/**
 * What a new list of named organisations does to the stored ones: newly named ones are
 * proposed, those still named keep their answer (accepted stay accepted, a declined one
 * stays declined until it is removed and named again), and those no longer named are removed.
 */
export function partyPlan(current: readonly NamedParty[], named: readonly string[]): { propose: string[]; remove: string[] } {
  const stored = new Set(current.map((p) => p.organisationId));
  return {
    propose: named.filter((id) => !stored.has(id)),
    remove: current.filter((p) => !named.includes(p.organisationId)).map((p) => p.organisationId),
  };
}

/** Why a named organisation cannot answer now, or null: only a proposal waits for an answer. */
export function answerProblem(status: PartyStatus): string | null {
  switch (status) {
    case PartyStatus.PROPOSED:
      return null;
    case PartyStatus.ACCEPTED:
      return 'the organisation has already accepted; it is a party to the agreement';
    case PartyStatus.DECLINED:
      return 'the organisation has already declined; the municipality can name it again by removing it and adding it back';
    default:
      throw new UnreachableCaseError(status);
  }
}

/** The organisations that are parties: those that accepted. */
export const acceptedIds = (parties: readonly NamedParty[]) =>
  parties.filter((p) => p.status === PartyStatus.ACCEPTED).map((p) => p.organisationId);
