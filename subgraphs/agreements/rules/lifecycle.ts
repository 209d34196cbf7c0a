import type { FilterQuery } from '@mikro-orm/core';
import { UnreachableCaseError } from '../../common/errors.js';
import type { Agreement } from '../entities/agreement.entity.js';
import { AgreementStatus as S } from '../enums.js';

/**
 * The agreement lifecycle: draft → active → expired / terminated.
 * A caller activates a draft or terminates an active agreement; expiry is never
 * set by hand, it follows the end date (the clock moves a draft or an active
 * agreement to expired the day after its end date). Expired and terminated are final:
 * a continuation is a new agreement (renewAgreement).
 */
type Mover = 'caller' | 'clock';

/** Why `from → to` is not allowed for `by`, or null when it is. */
export function transitionProblem(from: S, to: S, by: Mover): string | null {
  if (from === to) return `the agreement is already ${from}`;
  switch (from) {
    case S.DRAFT:
    case S.ACTIVE:
      return forwardProblem(from, to, by);
    case S.EXPIRED:
    case S.TERMINATED:
      return `a ${from} agreement is closed; renew it (renewAgreement) to continue the cooperation`;
    default:
      throw new UnreachableCaseError(from);
  }
}

function forwardProblem(from: S.DRAFT | S.ACTIVE, to: S, by: Mover): string | null {
  switch (to) {
    case S.DRAFT:
      return 'an active agreement cannot go back to draft';
    case S.ACTIVE:
      return by === 'caller' ? null : 'only a caller activates an agreement';
    case S.EXPIRED:
      return by === 'clock' ? null : 'expiry follows the end date: set endDate instead';
    case S.TERMINATED:
      if (from === S.DRAFT) return 'a draft has not taken effect and cannot be terminated';
      return by === 'caller' ? null : 'only a caller terminates an agreement';
    default:
      throw new UnreachableCaseError(to);
  }
}

/** Expired and terminated agreements are closed records. */
export function isClosed(status: S): boolean {
  switch (status) {
    case S.DRAFT:
    case S.ACTIVE:
      return false;
    case S.EXPIRED:
    case S.TERMINATED:
      return true;
    default:
      throw new UnreachableCaseError(status);
  }
}

/** An agreement runs through its end date; the day after, it has expired. */
export const hasEnded = (endDate: string | null, today: string) => endDate !== null && endDate < today;

/** The status an agreement must have on `today`: a draft or active one whose end date has passed is expired. */
export function statusOn(status: S, endDate: string | null, today: string): S {
  return !isClosed(status) && hasEnded(endDate, today) ? S.EXPIRED : status;
}

/** The statuses the expiry sweep looks at. */
export const OPEN_STATUSES: readonly S[] = [S.DRAFT, S.ACTIVE];

/**
 * `statusOn` as a query condition: the agreements whose status on `today` is one of
 * `statuses`, from the stored status and the end date (both indexed). Reads filter by it,
 * so they never depend on whether the sweep has stored EXPIRED yet.
 */
export function statusCondition(statuses: readonly S[], today: string): FilterQuery<Agreement> {
  const running = { $or: [{ endDate: null }, { endDate: { $gte: today } }] };
  return {
    $or: statuses.map((status): FilterQuery<Agreement> => {
      switch (status) {
        case S.DRAFT:
        case S.ACTIVE:
          return { status, ...running };
        case S.EXPIRED:
          return { $or: [{ status }, { status: { $in: [...OPEN_STATUSES] }, endDate: { $lt: today } }] };
        case S.TERMINATED:
          return { status };
        default:
          throw new UnreachableCaseError(status);
      }
    }),
  };
}
