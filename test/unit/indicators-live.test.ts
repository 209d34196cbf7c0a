import { describe, expect, it } from 'vitest';
import { ObservationStatus as S } from '../../subgraphs/indicators/enums.js';
import { computeLiveCells } from '../../subgraphs/indicators/live/compute.js';
import { LIVE_INDICATORS } from '../../subgraphs/indicators/live/live-indicators.js';
import type { MunicipalityFacts } from '../../subgraphs/indicators/live/read.js';

const m = (code: string, countyCode: string, extra: Partial<MunicipalityFacts> = {}): MunicipalityFacts => ({
  code, countyCode, hasVolunteerPolicy: false, agreements: [], volunteerStats: { hours: 0, fullTimeEquivalents: 0, suppressed: false }, funding: null, ...extra,
});

const FACTS = [
  m('5601', '56', {
    hasVolunteerPolicy: true,
    agreements: [{ type: 'INFORMAL_COOPERATION', status: 'ACTIVE' }, { type: 'COLLABORATION_AGREEMENT', status: 'ACTIVE' }, { type: 'COLLABORATION_AGREEMENT', status: 'DRAFT' }],
    volunteerStats: { hours: 768, fullTimeEquivalents: 0.45, suppressed: false },
  }),
  m('5603', '56', { volunteerStats: { hours: null, fullTimeEquivalents: null, suppressed: true } }),
  m('1505', '15', { agreements: [{ type: 'COLLABORATION_AGREEMENT', status: 'EXPIRED' }], volunteerStats: { hours: 1695, fullTimeEquivalents: 1, suppressed: false } }),
];

const cells = computeLiveCells(FACTS, S.PROVISIONAL);
const at = (code: string, area: string) => cells.get(code)!.find((c) => c.areaCode === area);

describe('live indicators computed from the graph', () => {
  it('gives every live indicator cells, for municipalities, counties and the country', () => {
    expect([...cells.keys()].sort()).toEqual(LIVE_INDICATORS.map((i) => i.code).sort());
    expect(cells.get('agreements_total')!.map((c) => c.areaCode)).toEqual(['5601', '5603', '1505', '15', '56', 'NO']);
    expect(cells.get('volunteer_policy_share')!.map((c) => c.areaCode)).toEqual(['15', '56', 'NO']);
  });

  it('counts active agreements by type, and sums them up', () => {
    expect(at('agreements_total', '5601')).toEqual({ areaCode: '5601', value: 2, status: S.PROVISIONAL });
    expect(at('agreements_collaboration_agreement', '5601')!.value).toBe(1);
    expect(at('agreements_collaboration_agreement', '1505')!.value).toBe(0);
    expect(at('agreements_total', '56')!.value).toBe(2);
    expect(at('agreements_total', 'NO')!.value).toBe(2);
  });

  it('keeps suppressed cells suppressed and gives their totals only as a lower bound', () => {
    expect(at('volunteer_hours', '5603')).toEqual({ areaCode: '5603', value: null, status: S.SUPPRESSED });
    expect(at('volunteer_hours', '56')).toMatchObject({ value: null, low: 768, status: S.PROVISIONAL });
    expect(at('volunteer_hours', '56')!.note).toMatch(/nedre grense.*1 av 2.*1 prikket/);
    expect(at('volunteer_hours', '15')).toEqual({ areaCode: '15', value: 1695, status: S.PROVISIONAL });
    expect(at('volunteer_fte', 'NO')).toMatchObject({ value: null, low: 1.45 });
  });

  it('suppresses a total whose every municipality is suppressed', () => {
    const alone = computeLiveCells([FACTS[1]], S.FINAL);
    expect(alone.get('volunteer_hours')!.find((c) => c.areaCode === '56')).toMatchObject({ value: null, status: S.SUPPRESSED });
    expect(alone.get('volunteer_hours')!.find((c) => c.areaCode === '56')!.low).toBeUndefined();
  });

  it('counts and shares municipalities with a volunteer policy', () => {
    expect(at('volunteer_policy', '5601')!.value).toBe(1);
    expect(at('volunteer_policy', '56')!.value).toBe(1);
    expect(at('volunteer_policy_share', '56')!.value).toBe(50);
    expect(at('volunteer_policy_share', 'NO')!.value).toBe(33.3);
  });

  it('sums funding awarded and disbursed, and marks it missing where agreementStats gave nothing', () => {
    expect(at('municipal_funding_voluntary', '5601')).toMatchObject({ value: null, status: S.MISSING });
    expect(at('municipal_funding_voluntary', 'NO')).toMatchObject({ value: null, status: S.MISSING });
    const funded = computeLiveCells(FACTS.map((f, i) => ({ ...f, funding: { awarded: 100_000 * (i + 1), disbursed: 50_000 } })), S.FINAL);
    expect(funded.get('municipal_funding_voluntary')!.find((c) => c.areaCode === 'NO')).toEqual({ areaCode: 'NO', value: 600_000, status: S.FINAL });
    expect(funded.get('municipal_funding_disbursed')!.find((c) => c.areaCode === '56')).toEqual({ areaCode: '56', value: 100_000, status: S.FINAL });
  });
});
