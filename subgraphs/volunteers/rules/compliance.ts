import type { TrainingCourseRecord } from '../entities/compliance.entity.js';

export interface Requirements {
  policeCertificate: boolean;
  confidentialityDeclaration: boolean;
  /** Some completed course, whichever (an agreement's TRAINING requirement). */
  training?: boolean;
  /** These named courses. */
  courses: readonly string[];
}

/** The stricter of two sets of requirements: what either asks for. */
export const stricter = (a: Requirements, b: Partial<Requirements>): Requirements => ({
  policeCertificate: a.policeCertificate || !!b.policeCertificate,
  confidentialityDeclaration: a.confidentialityDeclaration || !!b.confidentialityDeclaration,
  training: !!a.training || !!b.training,
  courses: [...new Set([...a.courses, ...(b.courses ?? [])])],
});

export interface ComplianceFacts {
  policeCertificateVerifiedOn: string | null;
  policeCertificateValidUntil: string | null;
  confidentialitySignedOn: string | null;
  confidentialityValidUntil: string | null;
  courses: readonly TrainingCourseRecord[];
}

/** The requirements stored on an opportunity or assignment. */
export const requirementsOf = (row: { requiresPoliceCertificate: boolean; requiresConfidentialityDeclaration: boolean; requiresTraining: boolean; requiredCourses: string[] }): Requirements => ({
  policeCertificate: row.requiresPoliceCertificate,
  confidentialityDeclaration: row.requiresConfidentialityDeclaration,
  training: row.requiresTraining,
  courses: row.requiredCourses,
});

/** Dates are YYYY-MM-DD strings, so they compare as text. */
export const policeCertificateValid = (c: ComplianceFacts | null, on: string) =>
  !!c?.policeCertificateVerifiedOn && !!c.policeCertificateValidUntil && c.policeCertificateVerifiedOn <= on && on <= c.policeCertificateValidUntil;

export const confidentialityValid = (c: ComplianceFacts | null, on: string) =>
  !!c?.confidentialitySignedOn && c.confidentialitySignedOn <= on && (!c.confidentialityValidUntil || on <= c.confidentialityValidUntil);

/** What a volunteer lacks, on a date, for work with these requirements (empty when nothing). */
export function complianceGaps(requirements: Requirements, compliance: ComplianceFacts | null, on: string): string[] {
  const gaps: string[] = [];
  if (requirements.policeCertificate && !policeCertificateValid(compliance, on)) gaps.push(`no valid police certificate (politiattest) on ${on}`);
  if (requirements.confidentialityDeclaration && !confidentialityValid(compliance, on)) gaps.push(`no signed confidentiality declaration (taushetserklæring) valid on ${on}`);
  if (requirements.training && !compliance?.courses.some((c) => c.completedOn <= on)) gaps.push('no completed training course');
  for (const course of requirements.courses) {
    if (!compliance?.courses.some((c) => c.course === course && c.completedOn <= on)) gaps.push(`training course "${course}" not completed`);
  }
  return gaps;
}

/** Age bands of the statistics; the age is the one reached in the year. */
export const AGE_BANDS = ['under_30', '30_49', '50_66', '67_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(birthYear: number | null, year: number): AgeBand {
  if (birthYear == null) return 'unknown';
  const age = year - birthYear;
  if (age < 30) return 'under_30';
  if (age < 50) return '30_49';
  if (age < 67) return '50_66';
  return '67_plus';
}
