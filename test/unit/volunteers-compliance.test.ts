import { describe, expect, it } from 'vitest';
import { ComplianceKind as K, VerifierKind as V } from '../../subgraphs/volunteers/enums.js';
import { ageBand } from '../../subgraphs/volunteers/rules/age.js';
import {
  complianceGaps,
  policeCertificateValid,
  reliedOnBy,
  runningOut,
  stricter,
  summary,
  verifierFromSubject,
  type RecordFacts,
} from '../../subgraphs/volunteers/rules/compliance.js';

const by = (verifierKind: V, verifierId: string | null = null) => ({ verifierKind, verifierId });
const ORG_A = by(V.ORGANISATION, 'org-a');
const record = (kind: K, verifiedOn: string, validUntil: string | null = null, extra: Partial<RecordFacts> = {}): RecordFacts => ({
  kind,
  verifiedOn,
  validUntil,
  course: null,
  ...ORG_A,
  ...extra,
});
const police = { policeCertificate: true, confidentialityDeclaration: false, courses: [] };

describe('police certificate (politiattest)', () => {
  it('is valid from the day it was verified to the day it runs out, both included', () => {
    const c = [record(K.POLICE_CERTIFICATE, '2026-01-10', '2027-01-10')];
    expect(policeCertificateValid(c, '2026-01-09')).toBe(false);
    expect(policeCertificateValid(c, '2026-01-10')).toBe(true);
    expect(policeCertificateValid(c, '2027-01-10')).toBe(true);
    expect(policeCertificateValid(c, '2027-01-11')).toBe(false);
    expect(policeCertificateValid([], '2026-06-01')).toBe(false);
  });

  it('is valid when any record is: a newer expired one does not undo an older valid one', () => {
    const records = [record(K.POLICE_CERTIFICATE, '2026-01-10', '2029-01-10'), record(K.POLICE_CERTIFICATE, '2026-02-01', '2026-02-02')];
    expect(policeCertificateValid(records, '2026-06-01')).toBe(true);
  });

  it('is a gap only where required', () => {
    expect(complianceGaps(police, [], '2026-06-01')).toEqual(['no valid police certificate (politiattest) on 2026-06-01']);
    expect(complianceGaps({ ...police, policeCertificate: false }, [], '2026-06-01')).toEqual([]);
  });
});

describe('whose records count', () => {
  const records = [
    record(K.POLICE_CERTIFICATE, '2026-01-01', '2029-01-01', by(V.ORGANISATION, 'org-b')),
    record(K.CONFIDENTIALITY_DECLARATION, '2026-01-01', null, by(V.ADMIN)),
    record(K.TRAINING_COURSE, '2026-01-01', null, { ...by(V.UNKNOWN), course: 'x' }),
    record(K.TRAINING_COURSE, '2026-01-01', null, { ...ORG_A, course: 'y' }),
  ];

  it("work for an organisation relies on its own records and administrators' (and those from before verifiers were named), never another party's", () => {
    expect(reliedOnBy(records, 'org-a').map((r) => r.course ?? r.kind)).toEqual([K.CONFIDENTIALITY_DECLARATION, 'x', 'y']);
    expect(complianceGaps(police, reliedOnBy(records, 'org-a'), '2026-06-01')).toHaveLength(1);
    expect(complianceGaps(police, reliedOnBy(records, 'org-b'), '2026-06-01')).toEqual([]);
  });

  it('reads who made a record from a token subject kept before records named their verifier', () => {
    const idOf = (slug: string) => `id-of-${slug}`;
    expect(verifierFromSubject('organisation:termik', idOf)).toEqual(by(V.ORGANISATION, 'id-of-termik'));
    expect(verifierFromSubject('municipality:1824', idOf)).toEqual(by(V.MUNICIPALITY, '1824'));
    expect(verifierFromSubject('admin:dev', idOf)).toEqual(by(V.ADMIN));
    expect(verifierFromSubject('someone', idOf)).toEqual(by(V.UNKNOWN));
    expect(verifierFromSubject(null, idOf)).toEqual(by(V.UNKNOWN));
  });
});

describe('confidentiality, training and courses', () => {
  it('lists every gap', () => {
    const requirements = { policeCertificate: true, confidentialityDeclaration: true, training: true, courses: ['termik_grunnopplaering'] };
    expect(complianceGaps(requirements, [], '2026-06-01')).toHaveLength(4);
    const done = [
      record(K.POLICE_CERTIFICATE, '2026-01-01', '2029-01-01'),
      record(K.CONFIDENTIALITY_DECLARATION, '2026-01-01'),
      record(K.TRAINING_COURSE, '2026-02-01', null, { course: 'termik_grunnopplaering' }),
    ];
    expect(complianceGaps(requirements, done, '2026-06-01')).toEqual([]);
    expect(complianceGaps(requirements, done, '2026-01-15')).toEqual([
      'no completed training course',
      'training course "termik_grunnopplaering" not completed',
    ]);
    const ended = done.map((r) => (r.kind === K.CONFIDENTIALITY_DECLARATION ? { ...r, validUntil: '2026-03-01' } : r));
    expect(complianceGaps(requirements, ended, '2026-06-01')).toEqual([
      'no signed confidentiality declaration (taushetserklæring) valid on 2026-06-01',
    ]);
  });

  it("takes the stricter of the coordinator's and the agreement's requirements", () => {
    expect(
      stricter(
        { policeCertificate: false, confidentialityDeclaration: true, courses: ['a'] },
        { policeCertificate: true, training: true, courses: ['a', 'b'] },
      ),
    ).toEqual({
      policeCertificate: true,
      confidentialityDeclaration: true,
      training: true,
      courses: ['a', 'b'],
    });
  });
});

describe('the summary and what runs out', () => {
  const history = [
    { ...record(K.POLICE_CERTIFICATE, '2024-01-01', '2027-01-01'), recordedBy: 'organisation:old' },
    { ...record(K.POLICE_CERTIFICATE, '2026-01-01', '2029-01-01'), recordedBy: 'organisation:new' },
    { ...record(K.TRAINING_COURSE, '2025-01-01', null, { course: 'b' }), recordedBy: null },
    { ...record(K.TRAINING_COURSE, '2026-01-01', null, { course: 'b' }), recordedBy: null },
    { ...record(K.TRAINING_COURSE, '2024-01-01', null, { course: 'a' }), recordedBy: null },
  ];

  it('gives the latest of each kind, in the shape of the old single row', () => {
    expect(summary(history)).toEqual({
      policeCertificateVerifiedOn: '2026-01-01',
      policeCertificateVerifiedBy: 'organisation:new',
      policeCertificateValidUntil: '2029-01-01',
      confidentialitySignedOn: null,
      confidentialityValidUntil: null,
      courses: [
        { course: 'a', completedOn: '2024-01-01' },
        { course: 'b', completedOn: '2026-01-01' },
      ],
    });
  });

  it('alerts on the furthest end of each kind, and not on a declaration without one', () => {
    expect(runningOut(history, '2028-12-01', '2029-01-31')).toEqual([{ kind: K.POLICE_CERTIFICATE, validUntil: '2029-01-01' }]);
    expect(runningOut(history, '2026-12-01', '2027-01-31')).toEqual([]);
    expect(
      runningOut(
        [record(K.CONFIDENTIALITY_DECLARATION, '2026-01-01', '2026-02-01'), record(K.CONFIDENTIALITY_DECLARATION, '2026-01-15')],
        '2026-01-20',
        '2026-02-20',
      ),
    ).toEqual([]);
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
