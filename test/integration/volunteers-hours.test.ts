import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { HoursEntry } from '../../subgraphs/volunteers/entities/hours-entry.entity.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { testClock } from '../helpers/clock.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import type { RunningSubgraph } from '../helpers/stack.js';
import { startVolunteersWithAgreements, type VolunteersWithAgreements } from '../helpers/volunteers.js';

// The real agreements subgraph answers the volunteers subgraph's agreement look-ups.
let stack: VolunteersWithAgreements;
let subgraph: RunningSubgraph;
beforeAll(async () => {
  stack = await startVolunteersWithAgreements();
  subgraph = stack.subgraph;
});
afterAll(() => stack?.close());

const BERGEN_RK: TokenRequest = { role: 'organisation', organisation: seedId('organisation', 'bergen-rode-kors') };
const call = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, who ? await tokenFor(who) : undefined);
const daysAgo = (days: number) => addDays(testClock().today(), -days);
const entries = () => subgraph.service.orm.em.fork().count(HoursEntry, {});
const LOG = 'mutation ($input: LogHoursInput!) { logHours(input: $input) { id hours approved } }';

let volunteer: string;
let first: string;
let second: string;

/** A volunteer of Bergen Røde Kors with two active refugee-guide assignments (the agreement requires nothing). */
beforeAll(async () => {
  const created = await call(BERGEN_RK, 'mutation { createVolunteer(input: { name: "Test Timer", birthYear: 1990 }) { id } }');
  volunteer = created.data.createVolunteer.id;
  const assign = async () => {
    const input = {
      volunteerId: volunteer,
      organisationId: BERGEN_RK.organisation,
      agreementId: seedId('agreement', 'bergen-flyktningguide'),
      place: 'Bergen',
      activity: 'refugee_guide',
      startDate: daysAgo(60),
    };
    const { data, errors } = await call(
      BERGEN_RK,
      'mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id version } }',
      { input },
    );
    expect(errors).toBeUndefined();
    const activated = await call(
      BERGEN_RK,
      'mutation ($id: ID!, $v: Int!) { transitionAssignment(id: $id, status: ACTIVE, version: $v) { status } }',
      { id: data.createAssignment.id, v: data.createAssignment.version },
    );
    expect(activated.errors).toBeUndefined();
    return data.createAssignment.id as string;
  };
  first = await assign();
  second = await assign();
});

describe('hours', () => {
  it('the volunteer logs own hours and a coordinator approves them; totals per year follow', async () => {
    const me: TokenRequest = { role: 'volunteer', volunteer };
    const logged = await call(me, LOG, { input: { assignmentId: first, date: daysAgo(10), hours: 3.5 } });
    expect(logged.errors).toBeUndefined();
    expect(logged.data.logHours).toMatchObject({ hours: 3.5, approved: false });
    expect(
      codes(await call(me, 'mutation ($ids: [ID!]!) { approveHours(ids: $ids) { approved } }', { ids: [logged.data.logHours.id] })),
    ).toEqual(['FORBIDDEN']);
    const approved = await call(BERGEN_RK, 'mutation ($ids: [ID!]!) { approveHours(ids: $ids) { approved } }', {
      ids: [logged.data.logHours.id],
    });
    expect(approved.data.approveHours).toEqual([{ approved: true }]);
    const totals = await call(me, '{ me { hoursTotals { year hours approvedHours } } }');
    expect(totals.data.me.hoursTotals).toEqual([{ year: Number(daysAgo(10).slice(0, 4)), hours: 3.5, approvedHours: 3.5 }]);
  });

  it("lets only the assignment's coordinators approve: its organisation or the agreement's municipality", async () => {
    const logged = await call(BERGEN_RK, LOG, { input: { assignmentId: second, date: daysAgo(12), hours: 2 } });
    const ids = [logged.data.logHours.id];
    const approve = 'mutation ($ids: [ID!]!) { approveHours(ids: $ids) { approved } }';
    expect(codes(await call({ role: 'organisation', organisation: seedId('organisation', 'termik') }, approve, { ids }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await call({ role: 'municipality', municipality: '5501' }, approve, { ids }))).toEqual(['FORBIDDEN']);
    expect((await subgraph.service.orm.em.fork().findOneOrFail(HoursEntry, { id: ids[0] })).approved).toBe(false);
    expect((await call({ role: 'municipality', municipality: '4601' }, approve, { ids })).data.approveHours).toEqual([{ approved: true }]);
  });

  it.each([
    ['below 0', -1],
    ['zero', 0],
    ['over 24', 24.5],
  ])('refuses hours %s, naming input.hours, and writes nothing', async (_name, hours) => {
    const before = await entries();
    const response = await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(20), hours } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.field).toBe('input.hours');
    expect(await entries()).toBe(before);
  });

  it('refuses a second entry for the same assignment and date', async () => {
    expect((await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(30), hours: 2 } })).errors).toBeUndefined();
    const before = await entries();
    const duplicate = await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(30), hours: 1 } });
    expect(codes(duplicate)).toEqual(['BAD_USER_INPUT']);
    expect(duplicate.errors![0].extensions!.field).toBe('input.date');
    expect(duplicate.errors![0].message).toMatch(/already logged/);
    expect(await entries()).toBe(before);
  });

  it("refuses more than 24 hours in a day across the volunteer's assignments", async () => {
    expect((await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(40), hours: 20 } })).errors).toBeUndefined();
    const before = await entries();
    const response = await call(BERGEN_RK, LOG, { input: { assignmentId: second, date: daysAgo(40), hours: 5 } });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/25 hours .* at most 24/);
    expect(await entries()).toBe(before);
    expect((await call(BERGEN_RK, LOG, { input: { assignmentId: second, date: daysAgo(40), hours: 4 } })).errors).toBeUndefined();
  });

  it('refuses dates in the future or before the assignment, and callers who are not its volunteer or coordinator', async () => {
    const before = await entries();
    const future = await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(-2), hours: 1 } });
    expect(future.errors![0].extensions!.field).toBe('input.date');
    const early = await call(BERGEN_RK, LOG, { input: { assignmentId: first, date: daysAgo(90), hours: 1 } });
    expect(early.errors![0].message).toMatch(/outside the assignment's period/);
    const other = { role: 'volunteer', volunteer: seedId('volunteer', 'bergen-rode-kors-1') } as TokenRequest;
    expect(codes(await call(other, LOG, { input: { assignmentId: first, date: daysAgo(5), hours: 1 } }))).toEqual(['FORBIDDEN']);
    expect(codes(await call({ role: 'researcher' }, LOG, { input: { assignmentId: first, date: daysAgo(5), hours: 1 } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await entries()).toBe(before);
  });
});
