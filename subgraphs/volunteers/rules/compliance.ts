import { ComplianceKind, VerifierKind } from '../enums.js';

/*
 * Compliance is a history of records, each by one verifier (an organisation, a municipality
 * or an administrator): a politiattest seen, a taushetserklæring signed, a course completed.
 * A new check is a new record; nothing is overwritten. Whose records count is a rule too:
 * an assignment relies on its own organisation's records (and administrators'), so a record
 * by an unrelated party can neither block nor unblock it.
 */

export interface Requirements {
  policeCertificate: boolean;
  confidentialityDeclaration: boolean;
  /** Some completed course, whichever (an agreement's TRAINING requirement). */
  training?: boolean;
  /** These named courses. */
  courses: readonly string[];
}

/** What the rules read of a compliance record. */
export interface RecordFacts {
  kind: ComplianceKind;
  /** When the certificate was seen, the declaration signed or the course completed. */
  verifiedOn: string;
  validUntil: string | null;
  course: string | null;
  verifierKind: VerifierKind;
  verifierId: string | null;
}

/** The stricter of two sets of requirements: what either asks for. */
export const stricter = (a: Requirements, b: Partial<Requirements>): Requirements => ({
  policeCertificate: a.policeCertificate || !!b.policeCertificate,
  confidentialityDeclaration: a.confidentialityDeclaration || !!b.confidentialityDeclaration,
  training: !!a.training || !!b.training,
  courses: [...new Set([...a.courses, ...(b.courses ?? [])])],
});

/** The requirement columns of an opportunity or an assignment, named once. */
interface RequirementColumns {
  requiresPoliceCertificate: boolean;
  requiresConfidentialityDeclaration: boolean;
  requiresTraining: boolean;
  requiredCourses: string[];
}

/** The columns for a new opportunity or assignment: the coordinator's requirements, made stricter by the agreement's. */
export function requirementColumns(
  own: { [K in keyof RequirementColumns]?: RequirementColumns[K] | null },
  agreement: Partial<Requirements> = {},
): RequirementColumns {
  return {
    requiresPoliceCertificate: !!own.requiresPoliceCertificate || !!agreement.policeCertificate,
    requiresConfidentialityDeclaration: !!own.requiresConfidentialityDeclaration || !!agreement.confidentialityDeclaration,
    requiresTraining: !!own.requiresTraining || !!agreement.training,
    requiredCourses: [...(own.requiredCourses ?? [])],
  };
}

/** The requirements stored on an opportunity or assignment. */
export const requirementsOf = (row: RequirementColumns): Requirements => ({
  policeCertificate: row.requiresPoliceCertificate,
  confidentialityDeclaration: row.requiresConfidentialityDeclaration,
  training: row.requiresTraining,
  courses: row.requiredCourses,
});

/** Administrators' records, and those kept from before records named their verifier, count for everyone. */
export const isNeutral = (r: Pick<RecordFacts, 'verifierKind'>) =>
  r.verifierKind === VerifierKind.ADMIN || r.verifierKind === VerifierKind.UNKNOWN;

/** The records work for `organisationId` may rely on: its own and administrators'. */
export const reliedOnBy = <R extends RecordFacts>(records: readonly R[], organisationId: string): R[] =>
  records.filter((r) => isNeutral(r) || (r.verifierKind === VerifierKind.ORGANISATION && r.verifierId === organisationId));

/** Dates are YYYY-MM-DD strings, so they compare as text. */
const validOn = (r: RecordFacts, on: string) => r.verifiedOn <= on && (!r.validUntil || on <= r.validUntil);

/** A politiattest seen on or before `on` and valid on `on` (a certificate always has an end). */
export const policeCertificateValid = (records: readonly RecordFacts[], on: string) =>
  records.some((r) => r.kind === ComplianceKind.POLICE_CERTIFICATE && !!r.validUntil && validOn(r, on));

const confidentialityValid = (records: readonly RecordFacts[], on: string) =>
  records.some((r) => r.kind === ComplianceKind.CONFIDENTIALITY_DECLARATION && validOn(r, on));

const courseDone = (records: readonly RecordFacts[], on: string, course?: string) =>
  records.some((r) => r.kind === ComplianceKind.TRAINING_COURSE && r.verifiedOn <= on && (course === undefined || r.course === course));

/** What a volunteer lacks, on a date, for work with these requirements, going by these records (empty when nothing). */
export function complianceGaps(requirements: Requirements, records: readonly RecordFacts[], on: string): string[] {
  const gaps: string[] = [];
  if (requirements.policeCertificate && !policeCertificateValid(records, on))
    gaps.push(`no valid police certificate (politiattest) on ${on}`);
  if (requirements.confidentialityDeclaration && !confidentialityValid(records, on))
    gaps.push(`no signed confidentiality declaration (taushetserklæring) valid on ${on}`);
  if (requirements.training && !courseDone(records, on)) gaps.push('no completed training course');
  for (const course of requirements.courses) if (!courseDone(records, on, course)) gaps.push(`training course "${course}" not completed`);
  return gaps;
}

/** The latest record of a kind (by the day it was verified, then the order given). */
function latest<R extends RecordFacts>(records: readonly R[], kind: ComplianceKind): R | null {
  let found: R | null = null;
  for (const r of records) if (r.kind === kind && (!found || r.verifiedOn >= found.verifiedOn)) found = r;
  return found;
}

/** The latest completion of each course, by course name. */
function latestCourses(records: readonly RecordFacts[]): { course: string; completedOn: string }[] {
  const byCourse = new Map<string, string>();
  for (const r of records) {
    if (r.kind !== ComplianceKind.TRAINING_COURSE || !r.course) continue;
    const seen = byCourse.get(r.course);
    if (!seen || r.verifiedOn > seen) byCourse.set(r.course, r.verifiedOn);
  }
  return [...byCourse.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([course, completedOn]) => ({ course, completedOn }));
}

/** The latest of each kind, in the shape the single compliance row had (the `compliance` field). */
export function summary(records: readonly (RecordFacts & { recordedBy: string | null })[]) {
  const police = latest(records, ComplianceKind.POLICE_CERTIFICATE);
  const confidentiality = latest(records, ComplianceKind.CONFIDENTIALITY_DECLARATION);
  return {
    policeCertificateVerifiedOn: police?.verifiedOn ?? null,
    policeCertificateVerifiedBy: police?.recordedBy ?? null,
    policeCertificateValidUntil: police?.validUntil ?? null,
    confidentialitySignedOn: confidentiality?.verifiedOn ?? null,
    confidentialityValidUntil: confidentiality?.validUntil ?? null,
    courses: latestCourses(records),
  };
}

/** Who a record says made it, from a token subject kept before records had verifiers ("organisation:<id>", "municipality:<code>", "admin:…"). */
export function verifierFromSubject(
  subject: string | null,
  organisationIdOf: (slugOrId: string) => string,
): { verifierKind: VerifierKind; verifierId: string | null } {
  const match = /^(organisation|municipality|admin):(.+)$/.exec(subject ?? '');
  if (!match) return { verifierKind: VerifierKind.UNKNOWN, verifierId: null };
  if (match[1] === 'organisation') return { verifierKind: VerifierKind.ORGANISATION, verifierId: organisationIdOf(match[2]) };
  if (match[1] === 'municipality') return { verifierKind: VerifierKind.MUNICIPALITY, verifierId: match[2] };
  return { verifierKind: VerifierKind.ADMIN, verifierId: null };
}

/** The politiattest and taushetserklæring that run out from `from` to `to`: the furthest end of each kind, when it falls there. */
export function runningOut(records: readonly RecordFacts[], from: string, to: string): { kind: ComplianceKind; validUntil: string }[] {
  const found: { kind: ComplianceKind; validUntil: string }[] = [];
  for (const kind of [ComplianceKind.POLICE_CERTIFICATE, ComplianceKind.CONFIDENTIALITY_DECLARATION]) {
    let end: string | null = null;
    let openEnded = false;
    for (const r of records) {
      if (r.kind !== kind) continue;
      if (!r.validUntil) openEnded = true;
      else if (!end || r.validUntil > end) end = r.validUntil;
    }
    if (end && !openEnded && end >= from && end <= to) found.push({ kind, validUntil: end });
  }
  return found;
}
