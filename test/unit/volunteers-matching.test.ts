import { describe, expect, it } from 'vitest';
import { ComplianceKind, VerifierKind } from '../../subgraphs/volunteers/enums.js';
import { match, rank, WEIGHTS, type OpportunityProfile, type VolunteerProfile } from '../../subgraphs/volunteers/rules/matching.js';

const TODAY = '2026-06-01';
const volunteer: VolunteerProfile = {
  municipalityCode: '4601',
  activities: ['refugee_guide'],
  skills: ['arabic'],
  availability: ['weekend'],
};
const opportunity: OpportunityProfile = {
  municipalityCode: '4601',
  activity: 'refugee_guide',
  requiredSkills: ['arabic'],
  availability: ['weekend', 'weekday_evening'],
  requirements: { policeCertificate: false, confidentialityDeclaration: false, courses: [] },
  startDate: '2026-01-01',
  endDate: null,
  placesLeft: 3,
};
const reason = (result: ReturnType<typeof match>, criterion: string) => result.reasons.find((r) => r.criterion === criterion)!;

describe('matching a volunteer to an opportunity', () => {
  it('scores a perfect fit 100 and gives a met reason for every criterion', () => {
    const result = match(volunteer, [], opportunity, TODAY);
    expect(result).toMatchObject({ score: 100, eligible: true });
    expect(result.reasons.map((r) => r.criterion)).toEqual([
      'municipality',
      'activity',
      'skills',
      'availability',
      'compliance',
      'period',
      'places',
    ]);
    expect(result.reasons.every((r) => r.met && !r.blocking)).toBe(true);
  });

  it('ranks but does not exclude on municipality and activity', () => {
    const result = match({ ...volunteer, municipalityCode: '5501', activities: [] }, [], opportunity, TODAY);
    expect(result).toMatchObject({ eligible: true, score: 100 - WEIGHTS.municipality - WEIGHTS.activity });
    expect(reason(result, 'municipality')).toEqual({ criterion: 'municipality', met: false, blocking: false, detail: 'lives elsewhere' });
  });

  it('excludes on missing skills, scoring the share held', () => {
    const result = match({ ...volunteer, skills: [] }, [], { ...opportunity, requiredSkills: ['arabic', 'driving_licence'] }, TODAY);
    expect(result.eligible).toBe(false);
    expect(reason(result, 'skills')).toEqual({ criterion: 'skills', met: false, blocking: true, detail: 'lacks arabic, driving_licence' });
    const half = match(volunteer, [], { ...opportunity, requiredSkills: ['arabic', 'driving_licence'] }, TODAY);
    expect(half.score).toBe(100 - WEIGHTS.skills / 2);
  });

  it('excludes on no common availability; an opportunity without times fits anyone', () => {
    expect(reason(match({ ...volunteer, availability: ['weekday_daytime'] }, [], opportunity, TODAY), 'availability')).toMatchObject({
      met: false,
      blocking: true,
    });
    expect(match({ ...volunteer, availability: [] }, [], { ...opportunity, availability: [] }, TODAY).eligible).toBe(true);
  });

  it('excludes on compliance, judged on the start date when that is later than today', () => {
    const needsCertificate = {
      ...opportunity,
      requirements: { ...opportunity.requirements, policeCertificate: true },
      startDate: '2026-09-01',
    };
    const expiring = [
      {
        kind: ComplianceKind.POLICE_CERTIFICATE,
        verifiedOn: '2025-01-01',
        validUntil: '2026-07-01',
        course: null,
        verifierKind: VerifierKind.ADMIN,
        verifierId: null,
      },
    ];
    const result = match(volunteer, expiring, needsCertificate, TODAY);
    expect(reason(result, 'compliance')).toEqual({
      criterion: 'compliance',
      met: false,
      blocking: true,
      detail: 'no valid police certificate (politiattest) on 2026-09-01',
    });
    expect(result.score).toBe(100 - WEIGHTS.compliance);
    expect(match(volunteer, expiring, { ...needsCertificate, startDate: '2026-01-01' }, TODAY).eligible).toBe(true);
  });

  it('excludes ended opportunities and full ones', () => {
    expect(reason(match(volunteer, [], { ...opportunity, endDate: '2026-05-31' }, TODAY), 'period')).toMatchObject({
      met: false,
      detail: 'ended on 2026-05-31',
    });
    expect(reason(match(volunteer, [], { ...opportunity, placesLeft: 0 }, TODAY), 'places')).toMatchObject({
      met: false,
      detail: 'no places left',
    });
  });

  it('leaves the personal profile out of reasons, score and eligibility for a caller without the full profile', () => {
    const stranger = { municipalityCode: '5501', activities: [], skills: [], availability: ['weekday_daytime'] };
    const result = match(stranger, [], { ...opportunity, requiredSkills: ['arabic'] }, TODAY, false);
    expect(result.reasons.map((r) => r.criterion)).toEqual(['compliance', 'period', 'places']);
    expect(result.reasons.map((r) => r.detail).join(' ')).not.toMatch(/lives|wants|asked|skills|lacks|available/);
    expect(result).toMatchObject({ score: WEIGHTS.compliance, eligible: true });
    // Two candidates who differ only in their profile look the same to such a caller.
    expect(match(volunteer, [], opportunity, TODAY, false)).toEqual(result);
  });

  it('ranks eligible pairs first, then by score, then by key', () => {
    const items = [
      { key: 'ineligible-high', result: { eligible: false, score: 90, reasons: [] } },
      { key: 'b', result: { eligible: true, score: 50, reasons: [] } },
      { key: 'a', result: { eligible: true, score: 50, reasons: [] } },
      { key: 'top', result: { eligible: true, score: 80, reasons: [] } },
    ];
    expect(
      rank(
        items,
        (i) => i.result,
        (i) => i.key,
      ).map((i) => i.key),
    ).toEqual(['top', 'a', 'b', 'ineligible-high']);
  });
});
