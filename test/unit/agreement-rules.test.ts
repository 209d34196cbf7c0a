import { describe, expect, it } from 'vitest';
import { AgreementType as T, CommitmentKind as K, RequirementKind as R, Side } from '../../subgraphs/agreements/enums.js';
import { changedParts, diff, emptyState, mergeState, stateDiff } from '../../subgraphs/agreements/rules/fields.js';
import { formalProblem, isTendered, sideMayCommit, validateState } from '../../subgraphs/agreements/rules/validation.js';

const base = () =>
  mergeState(emptyState(), { title: 'Termik', organisationIds: ['org-1'], municipalityCode: '1824', type: T.COLLABORATION_AGREEMENT });
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    return { field: (error as { extensions: { field: string } }).extensions.field, message: (error as Error).message };
  }
  return null;
};

describe('agreement rules', () => {
  it('puts money, rooms, staff and insurance on the municipality side, volunteers and activities on the organisation side', () => {
    expect(sideMayCommit(Side.MUNICIPALITY, K.FUNDING)).toBe(true);
    expect(sideMayCommit(Side.ORGANISATION, K.FUNDING)).toBe(false);
    expect(sideMayCommit(Side.MUNICIPALITY, K.INSURANCE)).toBe(true);
    expect(sideMayCommit(Side.ORGANISATION, K.VOLUNTEERS)).toBe(true);
    expect(sideMayCommit(Side.MUNICIPALITY, K.VOLUNTEERS)).toBe(false);
    expect(sideMayCommit(Side.ORGANISATION, K.TRAINING) && sideMayCommit(Side.MUNICIPALITY, K.TRAINING)).toBe(true);
  });

  it('keeps informal cooperation informal and contracts and grants formal', () => {
    expect(formalProblem(T.INFORMAL_COOPERATION, true)).toMatch(/cannot be formal/);
    expect(formalProblem(T.OPERATING_GRANT, false)).toMatch(/operating grant is a written, formal agreement/);
    expect(formalProblem(T.COLLABORATION_AGREEMENT, false)).toBeNull();
    expect(isTendered(T.SERVICE_CONTRACT) && !isTendered(T.PROJECT_GRANT)).toBe(true);
  });

  it('refuses an end date before the start date, naming input.endDate', () => {
    const state = mergeState(base(), { startDate: '2026-05-01', endDate: '2026-04-30' });
    expect(refusal(() => validateState(state))).toMatchObject({
      field: 'input.endDate',
      message: expect.stringMatching(/2026-04-30 is before the start date 2026-05-01/),
    });
    expect(refusal(() => validateState(mergeState(base(), { startDate: '2026-05-01', endDate: '2026-05-01' })))).toBeNull();
  });

  it('names the offending row of a list', () => {
    const wrongSide = mergeState(base(), {
      commitments: [
        { side: Side.ORGANISATION, kind: K.VOLUNTEERS },
        { side: Side.ORGANISATION, kind: K.FUNDING },
      ],
    });
    expect(refusal(() => validateState(wrongSide))?.field).toBe('input.commitments[1].kind');
    const amountOnRooms = mergeState(base(), { commitments: [{ side: Side.MUNICIPALITY, kind: K.OFFICE_SPACE, annualAmountNok: 5 }] });
    expect(refusal(() => validateState(amountOnRooms))?.field).toBe('input.commitments[0].annualAmountNok');
    const twice = mergeState(base(), { requirements: [{ kind: R.POLICE_CERTIFICATE }, { kind: R.POLICE_CERTIFICATE }] });
    expect(refusal(() => validateState(twice))?.field).toBe('input.requirements[1]');
    const overpaid = mergeState(base(), { funding: [{ year: 2026, awardedNok: 100, disbursedNok: 150 }] });
    expect(refusal(() => validateState(overpaid))?.field).toBe('input.funding[0].disbursedNok');
    const stranger = mergeState(base(), { contacts: [{ side: Side.ORGANISATION, name: 'Kari', organisationId: 'org-2' }] });
    expect(refusal(() => validateState(stranger))?.message).toMatch(/org-2 is not a party/);
    expect(refusal(() => validateState(mergeState(base(), { activities: ['knitting'] })))?.field).toBe('input.activities[0]');
    expect(refusal(() => validateState(mergeState(base(), { procurementReference: 'DOFFIN-1' })))?.field).toBe(
      'input.procurementReference',
    );
  });

  it('audits only the fields that changed, with old and new values as JSON, ignoring list order', () => {
    const before = mergeState(base(), { activities: ['visiting_service', 'transport'] });
    const after = mergeState(before, { title: 'Termik 2', activities: ['transport', 'visiting_service'] });
    expect(stateDiff(before, after)).toEqual([{ field: 'title', oldValue: '"Termik"', newValue: '"Termik 2"' }]);
    expect(diff(null, { a: 1 })).toEqual([{ field: 'a', oldValue: null, newValue: '1' }]);
  });

  it('merges an input field by field: null clears what may be empty, keeps the rest, and a new type brings its formality', () => {
    const before = mergeState(base(), {
      description: ' Besøk ',
      endDate: '2027-12-31',
      isPublic: false,
      documents: [{ title: ' Avtale ', url: 'https://x.no/a.pdf' }],
    });
    expect(before).toMatchObject({
      description: 'Besøk',
      endDate: '2027-12-31',
      isPublic: false,
      formal: true,
      documents: [{ title: 'Avtale', url: 'https://x.no/a.pdf' }],
    });
    const after = mergeState(before, { description: null, endDate: null, title: null, isPublic: null, type: T.INFORMAL_COOPERATION });
    expect(after).toMatchObject({
      description: null,
      endDate: null,
      title: 'Termik',
      isPublic: false,
      type: T.INFORMAL_COOPERATION,
      formal: false,
    });
    expect(changedParts(before, after)).toEqual([]);
    expect(changedParts(before, mergeState(after, { documents: [] }))).toEqual(['documents']);
    expect(changedParts(null, after)).toEqual(['commitments', 'requirements', 'funding', 'contacts', 'documents']);
  });
});
