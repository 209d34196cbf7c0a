import { describe, expect, it } from 'vitest';
import { AssignmentStatus as A, EngagementStatus as E } from '../../subgraphs/volunteers/enums.js';
import { assignmentNext, engagementNext, transitionProblem } from '../../subgraphs/volunteers/rules/lifecycle.js';

describe('engagement lifecycle: applicant → active → inactive → archived', () => {
  it.each([
    [E.APPLICANT, E.ACTIVE],
    [E.APPLICANT, E.ARCHIVED],
    [E.ACTIVE, E.INACTIVE],
    [E.ACTIVE, E.ARCHIVED],
    [E.INACTIVE, E.ACTIVE],
    [E.INACTIVE, E.ARCHIVED],
  ])('allows %s → %s', (from, to) => expect(transitionProblem(engagementNext, from, to)).toBeNull());

  it.each([
    [E.APPLICANT, E.INACTIVE],
    [E.ACTIVE, E.APPLICANT],
    [E.INACTIVE, E.APPLICANT],
    [E.ACTIVE, E.ACTIVE],
  ])('refuses %s → %s and says what is allowed', (from, to) =>
    expect(transitionProblem(engagementNext, from, to)).toMatch(new RegExp(`cannot go from ${from} to ${to} \\(from ${from}: `)),
  );

  it('treats archived as final', () => {
    for (const to of Object.values(E))
      expect(transitionProblem(engagementNext, E.ARCHIVED, to)).toBe(`archived is final; it cannot become ${to}`);
  });
});

describe('assignment lifecycle: planned → active → completed, or cancelled', () => {
  it('allows exactly the listed moves', () => {
    const allowed = Object.values(A).flatMap((from) =>
      Object.values(A)
        .filter((to) => transitionProblem(assignmentNext, from, to) === null)
        .map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(['active>cancelled', 'active>completed', 'planned>active', 'planned>cancelled']);
  });
});
