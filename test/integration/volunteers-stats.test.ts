import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { HoursEntry } from '../../subgraphs/volunteers/entities/hours-entry.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createVolunteers(testEnvironment()));
});
afterAll(() => subgraph?.close());

const org = (slug: string) => seedId('organisation', slug);
const call = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, who ? await tokenFor(who) : undefined);
const CELLS =
  'activeVolunteers hours fullTimeEquivalents suppressed byActivity { key activeVolunteers hours suppressed } byAgeBand { key activeVolunteers hours suppressed }';
const STATS = `query ($m: [_Any!]!, $o: [_Any!]!) {
  m: _entities(representations: $m) { ... on Municipality { code volunteerStats(year: 2025) { ${CELLS} } } }
  o: _entities(representations: $o) { ... on Organisation { id volunteerStats(year: 2025) { ${CELLS} } } }
}`;
const MUNICIPALITIES = ['5601', '1505', '5501', '1824', '4601'].map((code) => ({ __typename: 'Municipality', code }));
const ORGANISATIONS = ['alta-frivilligsentral', 'alta-rode-kors', 'tromso-rode-kors', 'termik', 'bergen-rode-kors'].map((slug) => ({
  __typename: 'Organisation',
  id: org(slug),
}));
const stats = async (who: TokenRequest | null = { role: 'researcher' }) => {
  const { data, errors } = await call(who, STATS, { m: MUNICIPALITIES, o: ORGANISATIONS });
  expect(errors).toBeUndefined();
  return data as { m: { code: string; volunteerStats: any }[]; o: { id: string; volunteerStats: any }[] };
};

describe('volunteer statistics', () => {
  it('publish totals with FTE and suppress the small cell and the complementary one (Alta: 8 meal delivery, 4 visiting)', async () => {
    const { m } = await stats();
    const alta = m.find((x) => x.code === '5601')!.volunteerStats;
    expect(alta).toMatchObject({ activeVolunteers: 12, hours: 8 * 6 * 12 + 4 * 4 * 12, fullTimeEquivalents: 0.45, suppressed: false });
    expect(alta.byActivity).toEqual([
      { key: 'meal_delivery', activeVolunteers: null, hours: null, suppressed: true },
      { key: 'visiting_service', activeVolunteers: null, hours: null, suppressed: true },
    ]);
    const bergen = m.find((x) => x.code === '4601')!.volunteerStats;
    expect(bergen.byActivity).toEqual([{ key: 'refugee_guide', activeVolunteers: 7, hours: 7 * 6 * 12, suppressed: false }]);
  });

  it('suppress a whole table under the threshold (Kristiansund: 3 volunteers)', async () => {
    const { m } = await stats();
    const kristiansund = m.find((x) => x.code === '1505')!.volunteerStats;
    expect(kristiansund).toMatchObject({ activeVolunteers: null, hours: null, fullTimeEquivalents: null, suppressed: true });
    expect(
      [...kristiansund.byActivity, ...kristiansund.byAgeBand].every(
        (c: { suppressed: boolean; hours: number | null }) => c.suppressed && c.hours === null,
      ),
    ).toBe(true);
  });

  it('never publish a cell a reader could work out: hidden cells of a table sum to the threshold or more', async () => {
    const { m, o } = await stats();
    for (const { volunteerStats: s } of [...m, ...o]) {
      if (s.suppressed) continue;
      for (const cells of [s.byActivity, s.byAgeBand]) {
        const hidden = cells.filter((c: { suppressed: boolean }) => c.suppressed);
        expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
        for (const c of cells) if (!c.suppressed) expect(c.activeVolunteers).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('hide an organisation whose figures would follow from its municipality minus another (Alta Røde Kors 4, so Alta frivilligsentral too)', async () => {
    const { o } = await stats();
    const of = (slug: string) => o.find((x) => x.id === org(slug))!.volunteerStats;
    expect(of('alta-rode-kors')).toMatchObject({ suppressed: true, activeVolunteers: null });
    expect(of('alta-frivilligsentral')).toMatchObject({ suppressed: true, activeVolunteers: null, hours: null });
    expect(of('tromso-rode-kors')).toMatchObject({ suppressed: false, activeVolunteers: 6, hours: 6 * 4 * 12 });
    expect(of('termik')).toMatchObject({ suppressed: false, activeVolunteers: 5 });
  });

  it('count a person once in the total and once in each activity they worked in', async () => {
    // Six seeded Tromsø volunteers, hours in two activities on two days of 2024 in Oslo (0301), inserted directly.
    const em = subgraph.service.orm.em.fork();
    for (let i = 1; i <= 6; i++) {
      const volunteerId = seedId('volunteer', `tromso-rode-kors-${i}`);
      for (const [day, activity] of [
        ['03', 'transport'],
        ['04', 'meal_delivery'],
      ]) {
        em.create(HoursEntry, {
          assignmentId: seedId('assignment', volunteerId),
          volunteerId,
          organisationId: org('tromso-rode-kors'),
          municipalityCode: '0301',
          date: `2024-05-${day}`,
          hours: 2,
          activity,
          ageBand: '30_49',
          approved: true,
        });
      }
    }
    await em.flush();
    const { data } = await call(
      { role: 'researcher' },
      `{ _entities(representations: [{ __typename: "Municipality", code: "0301" }]) { ... on Municipality { volunteerStats(year: 2024) { ${CELLS} } } } }`,
    );
    const oslo = data._entities[0].volunteerStats;
    expect(oslo).toMatchObject({ activeVolunteers: 6, hours: 24 });
    expect(oslo.byActivity).toEqual([
      { key: 'meal_delivery', activeVolunteers: 6, hours: 12, suppressed: false },
      { key: 'transport', activeVolunteers: 6, hours: 12, suppressed: false },
    ]);
    expect(oslo.byAgeBand).toEqual([{ key: '30_49', activeVolunteers: 6, hours: 24, suppressed: false }]);
  });

  it("hide an organisation's activity cell that would give another organisation's away (municipality minus organisation)", async () => {
    // Oslo 2023, inserted directly: P has 8 in transport; Q has 3 in transport and 6 in meal delivery.
    const em = subgraph.service.orm.em.fork();
    const P = seedId('organisation', 'test-p');
    const Q = seedId('organisation', 'test-q');
    const people: [string, string, string][] = [
      ...Array.from({ length: 8 }, (_, i) => [`alta-frivilligsentral-${i + 1}`, P, 'transport'] as [string, string, string]),
      ...Array.from({ length: 3 }, (_, i) => [`bergen-rode-kors-${i + 1}`, Q, 'transport'] as [string, string, string]),
      ...['bergen-rode-kors-4', 'bergen-rode-kors-5', 'bergen-rode-kors-6', 'bergen-rode-kors-7', 'termik-1', 'termik-3'].map(
        (s) => [s, Q, 'meal_delivery'] as [string, string, string],
      ),
    ];
    for (const [slug, organisationId, activity] of people) {
      const volunteerId = seedId('volunteer', slug);
      em.create(HoursEntry, {
        assignmentId: seedId('assignment', volunteerId),
        volunteerId,
        organisationId,
        municipalityCode: '0301',
        date: '2023-03-01',
        hours: 3,
        activity,
        ageBand: '50_66',
        approved: true,
      });
    }
    await em.flush();
    const query = `query ($o: [_Any!]!) {
      m: _entities(representations: [{ __typename: "Municipality", code: "0301" }]) { ... on Municipality { volunteerStats(year: 2023) { ${CELLS} } } }
      o: _entities(representations: $o) { ... on Organisation { volunteerStats(year: 2023) { ${CELLS} } } }
    }`;
    const { data } = await call(null, query, { o: [P, Q].map((id) => ({ __typename: 'Organisation', id })) });
    const oslo = data.m[0].volunteerStats;
    expect(oslo.byActivity).toEqual([
      { key: 'meal_delivery', activeVolunteers: 6, hours: 18, suppressed: false },
      { key: 'transport', activeVolunteers: 11, hours: 33, suppressed: false },
    ]);
    const [p, q] = data.o.map((x: { volunteerStats: any }) => x.volunteerStats);
    // Publishing P's transport (8) would give Q's transport (11 - 8 = 3) away; P has nothing else, so all of P goes,
    // and then Q's total too, or 17 - 9 would give P's 8 back.
    expect(p).toMatchObject({ suppressed: true, activeVolunteers: null });
    expect(q).toMatchObject({ suppressed: true, activeVolunteers: null });
    expect([...p.byActivity, ...q.byActivity].every((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
  });

  it('count approved hours inside the calendar year only, 1 January and 31 December included, and suppress a small count', async () => {
    // 2021, inserted directly: Molde (1506) 5 approved people on the year's edges, 3 only unapproved, 2 only outside the year;
    // Ålesund (1508) 4 approved people, under the threshold. Both asked in one batch.
    const em = subgraph.service.orm.em.fork();
    const hours = (slug: string, municipalityCode: string, date: string, approved: boolean, activity = 'transport') => {
      const volunteerId = seedId('volunteer', slug);
      em.create(HoursEntry, {
        assignmentId: seedId('assignment', volunteerId),
        volunteerId,
        organisationId: org('alta-frivilligsentral'),
        municipalityCode,
        date,
        hours: 2.5,
        activity,
        ageBand: '50_66',
        approved,
      });
    };
    for (let i = 1; i <= 5; i++) hours(`alta-frivilligsentral-${i}`, '1506', i % 2 ? '2021-01-01' : '2021-12-31', true);
    hours('alta-frivilligsentral-1', '1506', '2021-06-01', false);
    for (let i = 6; i <= 8; i++) hours(`alta-frivilligsentral-${i}`, '1506', '2021-06-01', false);
    hours('tromso-rode-kors-1', '1506', '2020-12-31', true);
    hours('tromso-rode-kors-2', '1506', '2022-01-01', true);
    for (let i = 3; i <= 6; i++) hours(`tromso-rode-kors-${i}`, '1508', '2021-03-03', true, 'meal_delivery');
    await em.flush();
    const { data, errors } = await call(
      { role: 'researcher' },
      `{ _entities(representations: [{ __typename: "Municipality", code: "1506" }, { __typename: "Municipality", code: "1508" }]) {
        ... on Municipality { volunteerStats(year: 2021) { ${CELLS} } } } }`,
    );
    expect(errors).toBeUndefined();
    const [molde, alesund] = data._entities.map((x: { volunteerStats: unknown }) => x.volunteerStats);
    expect(molde).toEqual({
      activeVolunteers: 5,
      hours: 12.5,
      fullTimeEquivalents: 0.01,
      suppressed: false,
      byActivity: [{ key: 'transport', activeVolunteers: 5, hours: 12.5, suppressed: false }],
      byAgeBand: [{ key: '50_66', activeVolunteers: 5, hours: 12.5, suppressed: false }],
    });
    expect(alesund).toEqual({
      activeVolunteers: null,
      hours: null,
      fullTimeEquivalents: null,
      suppressed: true,
      byActivity: [{ key: 'meal_delivery', activeVolunteers: null, hours: null, suppressed: true }],
      byAgeBand: [{ key: '50_66', activeVolunteers: null, hours: null, suppressed: true }],
    });
  });

  it('follow SUPPRESSION_THRESHOLD and HOURS_PER_FTE, read when the subgraph is made', async () => {
    const other = await startSubgraph(createVolunteers(testEnvironment({ SUPPRESSION_THRESHOLD: '3', HOURS_PER_FTE: '768' })));
    try {
      const { data, errors } = await gql(other.url, STATS, { m: MUNICIPALITIES, o: ORGANISATIONS }, await tokenFor({ role: 'researcher' }));
      expect(errors).toBeUndefined();
      const alta = data.m.find((x: { code: string }) => x.code === '5601').volunteerStats;
      expect(alta.fullTimeEquivalents).toBe(1);
      expect(alta.byActivity.map((c: { activeVolunteers: number }) => c.activeVolunteers)).toEqual([8, 4]);
    } finally {
      await other.close();
    }
    expect(
      codes(
        await call(
          null,
          '{ _entities(representations: [{ __typename: "Municipality", code: "5601" }]) { ... on Municipality { volunteerStats(year: 1200) { hours } } } }',
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe("the volunteer's own data", () => {
  const volunteer = seedId('volunteer', 'termik-2');
  const self: TokenRequest = { role: 'volunteer', volunteer };
  const exportAs = async (who: TokenRequest | null) =>
    fetch(new URL('/volunteers/me/export', subgraph.url), { headers: who ? { authorization: `Bearer ${await tokenFor(who)}` } : {} });

  it('exports as one JSON document, to the volunteer only', async () => {
    const response = await exportAs(self);
    expect(response.status).toBe(200);
    const document = (await response.json()) as any;
    expect(document.volunteer).toMatchObject({ id: volunteer, email: expect.stringMatching(/@example\.org$/) });
    expect(document.format).toBe('samspill-volunteer-export/2');
    expect(document.complianceRecords.map((r: { kind: string }) => r.kind).sort()).toEqual([
      'confidentiality_declaration',
      'police_certificate',
      'training_course',
    ]);
    expect(
      document.complianceRecords.every(
        (r: { verifierKind: string; verifierId: string }) => r.verifierKind === 'organisation' && r.verifierId === org('termik'),
      ),
    ).toBe(true);
    expect(document.consents).toHaveLength(1);
    expect(document.engagements).toHaveLength(1);
    expect(document.assignments[0].hours).toHaveLength(22);
    expect((await exportAs(null)).status).toBe(401);
    expect((await exportAs({ role: 'researcher' })).status).toBe(403);
    expect((await exportAs({ role: 'organisation', organisation: org('termik') })).status).toBe(403);
  });

  it('erases the personal fields on request and leaves every statistic unchanged', async () => {
    const before = await stats({ role: 'admin' });
    const hoursBefore = await subgraph.service.orm.em.fork().count(HoursEntry, { volunteerId: volunteer });
    const erased = await call(self, 'mutation { requestErasure { id } }');
    expect(erased.errors).toBeUndefined();
    expect(await stats({ role: 'admin' })).toEqual(before);
    expect(await subgraph.service.orm.em.fork().count(HoursEntry, { volunteerId: volunteer })).toBe(hoursBefore);
    const asAdmin = await call(
      { role: 'admin' },
      'query ($id: ID!) { volunteer(id: $id) { name email phone birthYear compliance { policeCertificateValidUntil } consents { purpose } erasedAt } }',
      { id: volunteer },
    );
    expect(asAdmin.data.volunteer).toBeNull();
    const entity = await call(
      { role: 'admin' },
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { name email erasedAt } } }',
      { r: [{ __typename: 'Volunteer', id: volunteer }] },
    );
    expect(entity.data._entities[0]).toEqual({ name: null, email: null, erasedAt: expect.any(String) });
    const document = (await (await exportAs(self)).json()) as any;
    expect(document.volunteer).toMatchObject({ name: null, email: null, phone: null, birthYear: null });
    expect(document.complianceRecords).toEqual([]);
    expect(document.consents).toEqual([]);
    expect(codes(await call(self, 'mutation { requestErasure { id } }'))).toEqual(['NOT_FOUND']);
  });
});
