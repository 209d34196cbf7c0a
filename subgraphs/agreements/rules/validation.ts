import { UnreachableCaseError } from '../../common/errors.js';
import {
  EMAIL_TEXT,
  FREE_TEXT,
  LINE,
  URL_TEXT,
  activityProblem,
  check,
  emailProblem,
  optionalTextProblem,
  periodProblem,
  targetGroupProblem,
  textProblem,
  urlProblem,
  yearProblem,
} from '../../common/validators.js';
import { AgreementType as T, CommitmentKind as K, Side } from '../enums.js';
import type { AgreementState } from './fields.js';

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

/** Amounts are whole NOK in 32-bit integer columns. */
const MAX_NOK = 2_000_000_000;

const amountProblem = (value: number | null) =>
  value !== null && (value < 0 || value > MAX_NOK) ? `must be between 0 and ${MAX_NOK} NOK, got ${value}` : null;

function unique<R>(field: string, rows: R[], keyOf: (row: R) => string, what: string) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const k = keyOf(row);
    check(`${field}[${i}]`, seen.has(k) ? `${what} ${k} is given twice` : null);
    seen.add(k);
  });
}

/**
 * Checks a whole agreement before anything is written; the first problem is
 * refused as BAD_USER_INPUT naming the field (`input.endDate`, `input.commitments[1].kind`).
 */
export function validateState(s: AgreementState, p = 'input'): void {
  check(`${p}.title`, textProblem(s.title ?? '', LINE));
  check(`${p}.description`, optionalTextProblem(s.description, FREE_TEXT));
  check(`${p}.procurementReference`, optionalTextProblem(s.procurementReference, LINE));
  check(`${p}.organisationIds`, s.organisationIds.length === 0 ? 'an agreement needs at least one party organisation' : null);
  check(`${p}.formal`, formalProblem(s.type, s.formal));
  s.activities.forEach((code, i) => check(`${p}.activities[${i}]`, activityProblem(code)));
  s.targetGroups.forEach((code, i) => check(`${p}.targetGroups[${i}]`, targetGroupProblem(code)));
  check(`${p}.endDate`, periodProblem(s.startDate, s.endDate));
  check(
    `${p}.procurementReference`,
    s.procurementReference && !isTendered(s.type) ? 'only a service contract won by tender has a procurement reference' : null,
  );
  s.commitments.forEach((c, i) => {
    const f = `${p}.commitments[${i}]`;
    check(`${f}.description`, optionalTextProblem(c.description, FREE_TEXT));
    check(`${f}.unit`, optionalTextProblem(c.unit, LINE));
    check(`${f}.kind`, sideMayCommit(c.side, c.kind) ? null : `${c.kind} is not something the ${c.side} side commits to`);
    check(
      `${f}.annualAmountNok`,
      c.annualAmountNok !== null && c.kind !== K.FUNDING ? 'only a FUNDING commitment has an amount' : amountProblem(c.annualAmountNok),
    );
    check(`${f}.quantity`, c.quantity !== null && c.quantity < 0 ? 'must not be negative' : null);
  });
  s.requirements.forEach((r, i) => check(`${p}.requirements[${i}].description`, optionalTextProblem(r.description, FREE_TEXT)));
  unique(`${p}.requirements`, s.requirements, (r) => r.kind, 'requirement');
  unique(`${p}.funding`, s.funding, (f) => String(f.year), 'year');
  s.funding.forEach((f, i) => {
    const field = `${p}.funding[${i}]`;
    check(`${field}.year`, yearProblem(f.year));
    check(`${field}.awardedNok`, amountProblem(f.awardedNok));
    check(`${field}.disbursedNok`, amountProblem(f.disbursedNok));
    const overpaid = f.awardedNok !== null && f.disbursedNok !== null && f.disbursedNok > f.awardedNok;
    check(`${field}.disbursedNok`, overpaid ? `${f.disbursedNok} is more than the ${f.awardedNok} awarded` : null);
  });
  s.contacts.forEach((c, i) => {
    const f = `${p}.contacts[${i}]`;
    check(`${f}.name`, textProblem(c.name ?? '', LINE));
    check(`${f}.role`, optionalTextProblem(c.role, LINE));
    check(`${f}.email`, optionalTextProblem(c.email, EMAIL_TEXT) ?? (c.email ? emailProblem(c.email) : null));
    check(`${f}.phone`, optionalTextProblem(c.phone, LINE));
    check(
      `${f}.organisationId`,
      c.side === Side.MUNICIPALITY && c.organisationId ? 'a municipality contact speaks for no organisation' : null,
    );
    check(
      `${f}.organisationId`,
      c.organisationId && !s.organisationIds.includes(c.organisationId) ? `${c.organisationId} is not a party to the agreement` : null,
    );
  });
  s.documents.forEach((d, i) => {
    check(`${p}.documents[${i}].title`, textProblem(d.title ?? '', LINE));
    check(`${p}.documents[${i}].url`, textProblem(d.url ?? '', URL_TEXT) ?? urlProblem(d.url));
  });
}
