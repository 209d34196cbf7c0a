import { UnreachableCaseError } from '../../common/errors.js';
import { AssignmentStatus as A, EngagementStatus as E } from '../enums.js';

/** Where an engagement may go from each state; archived is final. */
export function engagementNext(from: E): readonly E[] {
  switch (from) {
    case E.APPLICANT:
      return [E.ACTIVE, E.ARCHIVED];
    case E.ACTIVE:
      return [E.INACTIVE, E.ARCHIVED];
    case E.INACTIVE:
      return [E.ACTIVE, E.ARCHIVED];
    case E.ARCHIVED:
      return [];
    default:
      throw new UnreachableCaseError(from);
  }
}

/** Where an assignment may go from each state; completed and cancelled are final. */
export function assignmentNext(from: A): readonly A[] {
  switch (from) {
    case A.PLANNED:
      return [A.ACTIVE, A.CANCELLED];
    case A.ACTIVE:
      return [A.COMPLETED, A.CANCELLED];
    case A.COMPLETED:
    case A.CANCELLED:
      return [];
    default:
      throw new UnreachableCaseError(from);
  }
}

/** Why `from → to` is not allowed, or null when it is. */
export function transitionProblem<S extends string>(next: (from: S) => readonly S[], from: S, to: S): string | null {
  const allowed = next(from);
  if (allowed.includes(to)) return null;
  return allowed.length === 0
    ? `${from} is final; it cannot become ${to}`
    : `cannot go from ${from} to ${to} (from ${from}: ${allowed.join(' or ')})`;
}
