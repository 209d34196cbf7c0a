import { describe, expect, it } from 'vitest';
import { ageBand, complianceGaps, policeCertificateValid, stricter, type ComplianceFacts } from '../../subgraphs/volunteers/rules/compliance.js';

const none: ComplianceFacts = { policeCertificateVerifiedOn: null, policeCertificateValidUntil: null, confidentialitySignedOn: null, confidentialityValidUntil: null, courses: [] };
const facts = (patch: Partial<ComplianceFacts>): ComplianceFacts => ({ ...none, ...patch });
const police = { policeCertificate: true, confidentialityDeclaration: false, courses: [] };

describe('police certificate (politiattest)', () => {
  it('is valid from the day it was verified to the day it runs out, both included', () => {
    const c = facts({ policeCertificateVerifiedOn: '2026-01-10', policeCertificateValidUntil: '2027-01-10' });
    expect(policeCertificateValid(c, '2026-01-09')).toBe(false);
    expect(policeCertificateValid(c, '2026-01-10')).toBe(true);
    expect(policeCertificateValid(c, '2027-01-10')).toBe(true);
    expect(policeCertificateValid(c, '2027-01-11')).toBe(false);
    expect(policeCertificateValid(null, '2026-06-01')).toBe(false);
  });

  it('is a gap only where required', () => {
    expect(complianceGaps(police, none, '2026-06-01')).toEqual(['no valid police certificate (politiattest) on 2026-06-01']);
    expect(complianceGaps({ ...police, policeCertificate: false }, none, '2026-06-01')).toEqual([]);
  });
});

describe('confidentiality, training and courses', () => {
  it('lists every gap', () => {
    const requirements = { policeCertificate: true, confidentialityDeclaration: true, training: true, courses: ['termik_grunnopplaering'] };
    expect(complianceGaps(requirements, null, '2026-06-01')).toHaveLength(4);
    const done = facts({
      policeCertificateVerifiedOn: '2026-01-01', policeCertificateValidUntil: '2029-01-01', confidentialitySignedOn: '2026-01-01',
      courses: [{ course: 'termik_grunnopplaering', completedOn: '2026-02-01' }],
    });
    expect(complianceGaps(requirements, done, '2026-06-01')).toEqual([]);
    expect(complianceGaps(requirements, done, '2026-01-15')).toEqual(['no completed training course', 'training course "termik_grunnopplaering" not completed']);
    expect(complianceGaps(requirements, { ...done, confidentialityValidUntil: '2026-03-01' }, '2026-06-01')).toEqual([
      'no signed confidentiality declaration (taushetserklæring) valid on 2026-06-01',
    ]);
  });

  it('takes the stricter of the coordinator\'s and the agreement\'s requirements', () => {
    expect(stricter({ policeCertificate: false, confidentialityDeclaration: true, courses: ['a'] }, { policeCertificate: true, training: true, courses: ['a', 'b'] })).toEqual({
      policeCertificate: true, confidentialityDeclaration: true, training: true, courses: ['a', 'b'],
    });
  });
});

describe('age bands', () => {
  it.each([
    [null, 'unknown'],
    [2000, 'under_30'],
    [1996, '30_49'],
    [1976, '50_66'],
    [1959, '67_plus'],
  ] as const)('born %s is %s in 2026', (year, band) => expect(ageBand(year, 2026)).toBe(band));
});
