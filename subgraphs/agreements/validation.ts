import { BadUserInputError } from '../common/errors.js';
import { isActivityCode, isTargetGroupCode } from '../common/taxonomy.js';
import { CommitmentKind, Side } from './enums.js';
import { formalProblem, isTendered, sideMayCommit } from './rules.js';
import type { AgreementState } from './state.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;
/** Amounts are whole NOK in 32-bit integer columns. */
const MAX_NOK = 2_000_000_000;

function amount(field: string, value: number | null) {
  if (value !== null && (value < 0 || value > MAX_NOK)) throw new BadUserInputError(field, `must be between 0 and ${MAX_NOK} NOK, got ${value}`);
}

function unique<T>(field: string, rows: T[], keyOf: (row: T) => string, what: string) {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const k = keyOf(row);
    if (seen.has(k)) throw new BadUserInputError(`${field}[${i}]`, `${what} ${k} is given twice`);
    seen.add(k);
  });
}

/**
 * Checks a whole agreement before anything is written; the first problem is
 * refused as BAD_USER_INPUT naming the field (`input.endDate`, `input.commitments[1].kind`).
 */
export function validateState(s: AgreementState, p = 'input'): void {
  if (!s.title) throw new BadUserInputError(`${p}.title`, 'must not be empty');
  if (s.title.length > 300) throw new BadUserInputError(`${p}.title`, 'must be at most 300 characters');
  if (s.organisationIds.length === 0) throw new BadUserInputError(`${p}.organisationIds`, 'an agreement needs at least one party organisation');
  const formal = formalProblem(s.type, s.formal);
  if (formal) throw new BadUserInputError(`${p}.formal`, formal);
  s.activities.forEach((code, i) => {
    if (!isActivityCode(code)) throw new BadUserInputError(`${p}.activities[${i}]`, `"${code}" is not an activity code of the shared taxonomy`);
  });
  s.targetGroups.forEach((code, i) => {
    if (!isTargetGroupCode(code)) throw new BadUserInputError(`${p}.targetGroups[${i}]`, `"${code}" is not a target group code of the shared taxonomy`);
  });
  if (s.startDate && s.endDate && s.endDate < s.startDate) {
    throw new BadUserInputError(`${p}.endDate`, `${s.endDate} is before startDate ${s.startDate}; an agreement cannot end before it starts`);
  }
  if (s.procurementReference && !isTendered(s.type)) {
    throw new BadUserInputError(`${p}.procurementReference`, 'only a service contract won by tender has a procurement reference');
  }
  s.commitments.forEach((c, i) => {
    const f = `${p}.commitments[${i}]`;
    if (!sideMayCommit(c.side, c.kind)) throw new BadUserInputError(`${f}.kind`, `${c.kind} is not something the ${c.side} side commits to`);
    if (c.annualAmountNok !== null && c.kind !== CommitmentKind.FUNDING) throw new BadUserInputError(`${f}.annualAmountNok`, 'only a FUNDING commitment has an amount');
    amount(`${f}.annualAmountNok`, c.annualAmountNok);
    if (c.quantity !== null && c.quantity < 0) throw new BadUserInputError(`${f}.quantity`, 'must not be negative');
  });
  unique(`${p}.requirements`, s.requirements, (r) => r.kind, 'requirement');
  unique(`${p}.funding`, s.funding, (f) => String(f.year), 'year');
  s.funding.forEach((f, i) => {
    const field = `${p}.funding[${i}]`;
    if (!Number.isInteger(f.year) || f.year < 1900 || f.year > 2200) throw new BadUserInputError(`${field}.year`, `${f.year} is not a plausible year`);
    amount(`${field}.awardedNok`, f.awardedNok);
    amount(`${field}.disbursedNok`, f.disbursedNok);
    if (f.awardedNok !== null && f.disbursedNok !== null && f.disbursedNok > f.awardedNok) {
      throw new BadUserInputError(`${field}.disbursedNok`, `${f.disbursedNok} is more than the ${f.awardedNok} awarded`);
    }
  });
  s.contacts.forEach((c, i) => {
    const f = `${p}.contacts[${i}]`;
    if (!c.name) throw new BadUserInputError(`${f}.name`, 'must not be empty');
    if (c.email && !EMAIL.test(c.email)) throw new BadUserInputError(`${f}.email`, `"${c.email}" is not an e-mail address`);
    if (c.side === Side.MUNICIPALITY && c.organisationId) throw new BadUserInputError(`${f}.organisationId`, 'a municipality contact speaks for no organisation');
    if (c.organisationId && !s.organisationIds.includes(c.organisationId)) {
      throw new BadUserInputError(`${f}.organisationId`, `${c.organisationId} is not a party to the agreement`);
    }
  });
  s.documents.forEach((d, i) => {
    if (!d.title) throw new BadUserInputError(`${p}.documents[${i}].title`, 'must not be empty');
    if (!URL_PATTERN.test(d.url)) throw new BadUserInputError(`${p}.documents[${i}].url`, 'must be an http(s) URL');
  });
}
