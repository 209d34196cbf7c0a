import type { FilterQuery } from '@mikro-orm/core';
import type { Caller } from '../common/auth.js';
import { UnreachableCaseError } from '../common/errors.js';
import type { Assignment } from './entities/assignment.entity.js';
import type { Engagement } from './entities/engagement.entity.js';

/**
 * Who works where is personal too. An assignment (and its hours) is for the
 * volunteer, its organisation, the agreement's municipality and admins; an
 * engagement for the volunteer, its organisation and admins. Used for lists
 * (as a filter) and for `_entities` references (as a check).
 */
export function assignmentFilter(caller: Caller): FilterQuery<Assignment> | null {
  switch (caller.role) {
    case 'admin':
      return {};
    case 'organisation':
      return { organisationId: caller.organisationId };
    case 'municipality':
      return { municipalityCode: caller.municipalityCode };
    case 'volunteer':
      return { volunteerId: caller.volunteerId };
    case 'anonymous':
    case 'researcher':
    case 'service':
      return null;
    default:
      throw new UnreachableCaseError(caller.role);
  }
}

export function maySeeAssignment(caller: Caller, a: Pick<Assignment, 'organisationId' | 'municipalityCode' | 'volunteerId'>): boolean {
  const filter = assignmentFilter(caller) as Record<string, string> | null;
  if (!filter) return false;
  return Object.entries(filter).every(([field, value]) => a[field as keyof typeof a] === value);
}

export function maySeeEngagement(caller: Caller, e: Pick<Engagement, 'organisationId' | 'volunteerId'>): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'organisation') return e.organisationId === caller.organisationId;
  if (caller.role === 'volunteer') return e.volunteerId === caller.volunteerId;
  return false;
}
