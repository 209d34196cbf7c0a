import { describe, expect, it } from 'vitest';
import { addDays } from '../../subgraphs/common/clock.js';
import { ObservationStatus as S } from '../../subgraphs/indicators/enums.js';
import { computeLiveCells } from '../../subgraphs/indicators/live/compute.js';
import { LIVE_INDICATORS, PER_INHABITANT_INDICATORS } from '../../subgraphs/indicators/live/indicators.types.js';
import { settledStatus } from '../../subgraphs/indicators/live/run.js';
import type { MunicipalityFacts } from '../../subgraphs/indicators/live/snapshot.types.js';
import { testClock } from '../helpers/clock.js';

const POPULATION = { '5601': 21708, '5603': 10165, '1505': 24271 } as const;

const m = (code: keyof typeof POPULATION, countyCode: string, extra: Partial<MunicipalityFacts> = {}): MunicipalityFacts => ({
  code,
  countyCode,
  hasVolunteerPolicy: false,
  agreements: [{ type: 'COLLABORATION_AGREEMENT', status: 'EXPIRED' }],
  volunteerStats: { activeVolunteers: 6, hours: 0, fullTimeEquivalents: 0, suppressed: false },
  funding: null,
  population: new Map([[2024, POPULATION[code]]]),
  ...extra,
});

const FACTS = [
  m('5601', '56', {
    hasVolunteerPolicy: true,
    agreements: [
      { type: 'INFORMAL_COOPERATION', status: 'ACTIVE' },
      { type: 'COLLABORATION_AGREEMENT', status: 'ACTIVE' },
      { type: 'COLLABORATION_AGREEMENT', status: 'DRAFT' },
    ],
    volunteerStats: { activeVolunteers: 9, hours: 768, fullTimeEquivalents: 0.45, suppressed: false },
  }),
  m('5603', '56', { volunteerStats: { activeVolunteers: null, hours: null, fullTimeEquivalents: null, suppressed: true } }),
  m('1505', '15', { volunteerStats: { activeVolunteers: 7, hours: 1695, fullTimeEquivalents: 1, suppressed: false } }),
];

const cells = computeLiveCells(FACTS, S.PROVISIONAL, 2026);
const at = (code: string, area: string) => cells.get(code)?.find((c) => c.areaCode === area);

describe('live indicators computed from the graph', () => {
  it('gives every live indicator cells, for municipalities, counties and the country', () => {
    expect([...cells.keys()].sort()).toEqual(LIVE_INDICATORS.map((i) => i.code).sort());
    expect(cells.get('agreements_total')?.map((c) => c.areaCode)).toEqual(['5601', '5603', '1505', '15', '56', 'NO']);
    expect(cells.get('volunteer_policy_share')?.map((c) => c.areaCode)).toEqual(['15', '56', 'NO']);
  });

  it('counts active agreements by type, and sums them up', () => {
    expect(at('agreements_total', '5601')).toEqual({ areaCode: '5601', value: 2, status: S.PROVISIONAL });
    expect(at('agreements_collaboration_agreement', '5601')?.value).toBe(1);
    // 1505 has an agreement in the graph, only not an active one: a real 0
    expect(at('agreements_collaboration_agreement', '1505')).toEqual({ areaCode: '1505', value: 0, status: S.PROVISIONAL });
    expect(at('agreements_total', '56')?.value).toBe(2);
    expect(at('agreements_total', 'NO')?.value).toBe(2);
  });

  it('marks a municipality with no agreement, or no reporting organisation, in the graph as missing, not 0', () => {
    const alone = computeLiveCells(
      [
        m('5601', '56', {
          agreements: [],
          volunteerStats: { activeVolunteers: 0, hours: 0, fullTimeEquivalents: 0, suppressed: false },
          funding: { awarded: 0, disbursed: 0 },
        }),
      ],
      S.FINAL,
      2025,
    );
    const cell = (code: string, area: string) => alone.get(code)?.find((c) => c.areaCode === area);
    for (const code of [
      'agreements_total',
      'agreements_service_contract',
      'municipal_funding_voluntary',
      'volunteer_hours',
      'volunteer_fte',
      'volunteer_hours_per_1000',
    ]) {
      expect(cell(code, '5601'), code).toMatchObject({ value: null, status: S.MISSING, note: expect.any(String) });
      expect(cell(code, '56'), code).toMatchObject({ value: null, status: S.MISSING });
      expect(cell(code, 'NO'), code).toMatchObject({ value: null, status: S.MISSING });
    }
    expect(cell('volunteer_policy', '5601')).toMatchObject({ value: 0, status: S.FINAL });
  });

  it('holds a total back as suppressed where it would protect a suppressed cell, with the known part as a lower bound', () => {
    expect(at('volunteer_hours', '5603')).toEqual({ areaCode: '5603', value: null, status: S.SUPPRESSED });
    expect(at('volunteer_hours', '56')).toMatchObject({ value: null, low: 768, status: S.SUPPRESSED });
    expect(at('volunteer_hours', '56')?.note).toMatch(/nedre grense.*1 av 2.*1 prikket/);
    expect(at('volunteer_hours', '15')).toEqual({ areaCode: '15', value: 1695, status: S.PROVISIONAL });
    expect(at('volunteer_fte', 'NO')).toMatchObject({ value: null, low: 1.45, status: S.SUPPRESSED });
    const alone = computeLiveCells([FACTS[1]], S.FINAL, 2026);
    expect(alone.get('volunteer_hours')?.find((c) => c.areaCode === '56')).toMatchObject({ value: null, status: S.SUPPRESSED });
    expect(alone.get('volunteer_hours')?.find((c) => c.areaCode === '56')?.low).toBeUndefined();
  });

  it('counts and shares municipalities with a volunteer policy', () => {
    expect(at('volunteer_policy', '5601')?.value).toBe(1);
    expect(at('volunteer_policy', '56')?.value).toBe(1);
    expect(at('volunteer_policy_share', '56')?.value).toBe(50);
    expect(at('volunteer_policy_share', 'NO')?.value).toBe(33.3);
  });

  it('sums funding awarded and disbursed, and marks it missing where agreementStats gave nothing', () => {
    expect(at('municipal_funding_voluntary', '5601')).toMatchObject({ value: null, status: S.MISSING });
    expect(at('municipal_funding_voluntary', 'NO')).toMatchObject({ value: null, status: S.MISSING });
    const funded = computeLiveCells(
      FACTS.map((f, i) => ({ ...f, funding: { awarded: 100_000 * (i + 1), disbursed: 50_000 } })),
      S.FINAL,
      2026,
    );
    expect(funded.get('municipal_funding_voluntary')?.find((c) => c.areaCode === 'NO')).toEqual({
      areaCode: 'NO',
      value: 600_000,
      status: S.FINAL,
    });
    expect(funded.get('municipal_funding_disbursed')?.find((c) => c.areaCode === '56')).toEqual({
      areaCode: '56',
      value: 100_000,
      status: S.FINAL,
    });
    // Per inhabitant: 100 000 NOK over Alta's 21 708 inhabitants
    expect(funded.get('municipal_funding_voluntary_per_inhabitant')?.find((c) => c.areaCode === '5601')?.value).toBeCloseTo(
      100_000 / 21708,
      2,
    );
  });
});

describe('per 1,000 inhabitants', () => {
  it('is value × 1000 ÷ population, with the inputs in the note (Alta 5601: 21,708 inhabitants)', () => {
    const alta = at('volunteer_hours_per_1000', '5601');
    expect(alta?.value).toBeCloseTo((768 * 1000) / 21708, 2);
    expect(alta).toMatchObject({ status: S.PROVISIONAL, note: '= 768 × 1000 / 21708 (folkemengde 1.1.2024)' });
    expect(at('agreements_total_per_1000', '5601')?.value).toBeCloseTo((2 * 1000) / 21708, 4);
    expect(at('volunteer_fte_per_1000', '1505')?.value).toBeCloseTo(1000 / 24271, 4);
  });

  it('divides a county and the country by the sum of their municipalities, and keeps held-back cells held back', () => {
    expect(at('volunteer_hours_per_1000', '15')?.value).toBeCloseTo((1695 * 1000) / 24271, 2);
    expect(at('agreements_total_per_1000', 'NO')?.value).toBeCloseTo((2 * 1000) / (21708 + 10165 + 24271), 4);
    expect(at('volunteer_hours_per_1000', '5603')).toMatchObject({ value: null, status: S.SUPPRESSED });
    expect(at('volunteer_hours_per_1000', '56')).toMatchObject({ value: null, status: S.SUPPRESSED });
    expect(at('volunteer_hours_per_1000', '56')?.low).toBeCloseTo((768 * 1000) / (21708 + 10165), 2);
  });

  it('takes the latest population year up to the period, and is missing where a municipality has none', () => {
    const later = FACTS.map((f) => ({ ...f, population: new Map([...f.population, [2026, 30000]]) }));
    expect(
      computeLiveCells(later, S.FINAL, 2025)
        .get('volunteer_hours_per_1000')
        ?.find((c) => c.areaCode === '5601')?.note,
    ).toMatch(/21708.*1\.1\.2024/);
    expect(
      computeLiveCells(later, S.FINAL, 2026)
        .get('volunteer_hours_per_1000')
        ?.find((c) => c.areaCode === '5601')?.value,
    ).toBeCloseTo(768 / 30, 2);
    const none = computeLiveCells([{ ...FACTS[0], population: new Map() }], S.FINAL, 2026).get('volunteer_hours_per_1000');
    expect(none?.find((c) => c.areaCode === '5601')).toMatchObject({ value: null, status: S.MISSING });
    expect(none?.find((c) => c.areaCode === 'NO')).toMatchObject({ value: null, status: S.MISSING });
  });

  it('has a per-inhabitant variant of hours, FTEs, agreements and funding, each a live indicator', () => {
    expect(PER_INHABITANT_INDICATORS.map((p) => p.of).sort()).toEqual([
      'agreements_total',
      'municipal_funding_disbursed',
      'municipal_funding_voluntary',
      'volunteer_fte',
      'volunteer_hours',
    ]);
    for (const p of PER_INHABITANT_INDICATORS) {
      const definition = LIVE_INDICATORS.find((i) => i.code === p.code);
      expect(definition?.method, p.code).toContain(`${p.of} × ${p.per} / population`);
    }
  });
});

describe('final or provisional', () => {
  it("is decided on the clock's Norwegian date: final once the period is over", () => {
    const today = testClock().today();
    const year = Number(today.slice(0, 4));
    expect(settledStatus(String(year), today)).toBe(S.PROVISIONAL);
    expect(settledStatus(String(year - 1), today)).toBe(S.FINAL);
    expect(settledStatus(String(year), addDays(`${year + 1}-01-01`, 0))).toBe(S.FINAL);
    expect(settledStatus(String(year), `${year}-12-31`)).toBe(S.PROVISIONAL);
  });
});
