import { UnreachableCaseError } from '../common/errors.js';
import { AgreementType as T, CommitmentKind as K, Side } from './enums.js';

/** Which side may commit what: money, rooms, staff and insurance are the municipality's; volunteers, activities and coordination the organisation's. */
export function sideMayCommit(side: Side, kind: K): boolean {
  switch (kind) {
    case K.FUNDING:
    case K.OFFICE_SPACE:
    case K.EMPLOYED_COORDINATOR:
    case K.STAFF_TIME:
    case K.INSURANCE:
      return side === Side.MUNICIPALITY;
    case K.VOLUNTEERS:
    case K.ACTIVITIES:
    case K.COORDINATION:
      return side === Side.ORGANISATION;
    case K.TRAINING:
    case K.RECRUITMENT:
      // The sources name both: the municipality trains staff and advertises, organisations train and recruit their own.
      return true;
    default:
      throw new UnreachableCaseError(kind);
  }
}

/** Why `formal` does not fit `type`, or null: informal cooperation is unwritten, contracts and grants are written. */
export function formalProblem(type: T, formal: boolean): string | null {
  switch (type) {
    case T.INFORMAL_COOPERATION:
      return formal ? 'informal, dialogue-based cooperation cannot be formal' : null;
    case T.SERVICE_CONTRACT:
    case T.OPERATING_GRANT:
    case T.PROJECT_GRANT:
      return formal ? null : `a ${type.replace('_', ' ')} is a written, formal agreement`;
    case T.COLLABORATION_AGREEMENT:
      return null;
    default:
      throw new UnreachableCaseError(type);
  }
}

/** Whether the type is a purchase under the procurement act (a tender reference belongs only there). */
export function isTendered(type: T): boolean {
  switch (type) {
    case T.SERVICE_CONTRACT:
      return true;
    case T.COLLABORATION_AGREEMENT:
    case T.OPERATING_GRANT:
    case T.PROJECT_GRANT:
    case T.INFORMAL_COOPERATION:
      return false;
    default:
      throw new UnreachableCaseError(type);
  }
}
