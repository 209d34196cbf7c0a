import { describe, expect, it } from 'vitest';
import { addDays, dateInNorway } from '../../subgraphs/common/clock.js';
import { AgreementStatus as S } from '../../subgraphs/agreements/enums.js';
import { hasEnded, isClosed, statusOn, transitionProblem } from '../../subgraphs/agreements/rules/lifecycle.js';

describe('agreement lifecycle', () => {
  it('lets a caller activate a draft and terminate an active agreement', () => {
    expect(transitionProblem(S.DRAFT, S.ACTIVE, 'caller')).toBeNull();
    expect(transitionProblem(S.ACTIVE, S.TERMINATED, 'caller')).toBeNull();
  });

  it('lets only the clock expire a draft or an active agreement', () => {
    expect(transitionProblem(S.ACTIVE, S.EXPIRED, 'clock')).toBeNull();
    expect(transitionProblem(S.DRAFT, S.EXPIRED, 'clock')).toBeNull();
    expect(transitionProblem(S.ACTIVE, S.EXPIRED, 'caller')).toMatch(/expiry follows the end date/);
    expect(transitionProblem(S.DRAFT, S.ACTIVE, 'clock')).toMatch(/only a caller activates/);
    expect(transitionProblem(S.ACTIVE, S.TERMINATED, 'clock')).toMatch(/only a caller terminates/);
  });

  it('refuses going back, terminating a draft, repeating a status and leaving a closed status', () => {
    expect(transitionProblem(S.ACTIVE, S.DRAFT, 'caller')).toMatch(/cannot go back to draft/);
    expect(transitionProblem(S.DRAFT, S.TERMINATED, 'caller')).toMatch(/draft has not taken effect/);
    expect(transitionProblem(S.ACTIVE, S.ACTIVE, 'caller')).toMatch(/already active/);
    for (const closed of [S.EXPIRED, S.TERMINATED]) {
      for (const to of Object.values(S)) {
        if (to !== closed) expect(transitionProblem(closed, to, 'caller'), `${closed} → ${to}`).toMatch(/closed; renew it/);
      }
    }
  });

  it('allows exactly four moves over all pairs and movers', () => {
    const allowed: string[] = [];
    for (const from of Object.values(S))
      for (const to of Object.values(S))
        for (const by of ['caller', 'clock'] as const) {
          if (transitionProblem(from, to, by) === null) allowed.push(`${from}->${to}:${by}`);
        }
    expect(allowed.sort()).toEqual(['active->expired:clock', 'active->terminated:caller', 'draft->active:caller', 'draft->expired:clock']);
  });

  it('expires the day after the end date, never on it, and leaves closed agreements alone', () => {
    expect(hasEnded('2026-03-31', '2026-03-31')).toBe(false);
    expect(hasEnded('2026-03-31', '2026-04-01')).toBe(true);
    expect(hasEnded(null, '2026-04-01')).toBe(false);
    expect(statusOn(S.ACTIVE, '2026-03-31', '2026-04-01')).toBe(S.EXPIRED);
    expect(statusOn(S.DRAFT, '2026-03-31', '2026-04-01')).toBe(S.EXPIRED);
    expect(statusOn(S.ACTIVE, '2026-03-31', '2026-03-31')).toBe(S.ACTIVE);
    expect(statusOn(S.TERMINATED, '2026-03-31', '2026-04-01')).toBe(S.TERMINATED);
    expect(isClosed(S.EXPIRED) && isClosed(S.TERMINATED) && !isClosed(S.DRAFT) && !isClosed(S.ACTIVE)).toBe(true);
  });

  it('counts days in Norwegian time', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Oslo.
    expect(dateInNorway(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(dateInNorway(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
