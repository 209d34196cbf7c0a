import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import type { RunningSubgraph } from '../helpers/stack.js';
import { startVolunteersWithAgreements, type VolunteersWithAgreements } from '../helpers/volunteers.js';

// A municipality's sight of a volunteer depends on the agreement's accepted parties: the real agreements subgraph answers.
let stack: VolunteersWithAgreements;
let subgraph: RunningSubgraph;
const statements: string[] = [];
beforeAll(async () => {
  stack = await startVolunteersWithAgreements({ onQuery: (sql) => statements.push(sql) });
  subgraph = stack.subgraph;
});
afterAll(() => stack?.close());

const TROMSO_1 = seedId('volunteer', 'tromso-rode-kors-1');
const org = (slug: string) => seedId('organisation', slug);

/** Every personal field of Volunteer, nested lists included. */
export const PERSONAL = `name email phone birthYear version erasedAt municipality { code } languages skills activities availability
  compliance { policeCertificateValidUntil confidentialitySignedOn courses { course } } complianceRecords { kind verifiedOn verifier { kind organisation { id } } }
  consents { purpose } engagements { status } assignments { place hours { hours } } interests { status } hoursTotals { year hours }`;
const FULL_ONLY = [
  'email',
  'phone',
  'birthYear',
  'version',
  'municipality',
  'languages',
  'skills',
  'activities',
  'availability',
  'consents',
  'engagements',
  'assignments',
  'interests',
  'hoursTotals',
];

const asCaller = async (request: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, request ? await tokenFor(request) : undefined);
const byId = (request: TokenRequest | null) =>
  asCaller(request, `query ($id: ID!) { volunteer(id: $id) { id ${PERSONAL} } }`, { id: TROMSO_1 });
const entity = (request: TokenRequest | null) =>
  asCaller(request, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id ${PERSONAL} } } }`, {
    r: [{ __typename: 'Volunteer', id: TROMSO_1 }],
  });

/** Every personal field of a volunteer object is null (erasedAt included). */
function expectNoPersonalField(volunteer: Record<string, unknown>) {
  for (const [field, value] of Object.entries(volunteer)) if (field !== 'id') expect(value, field).toBeNull();
}

describe('who sees what of a volunteer (DESIGN.md access table)', () => {
  it('the volunteer sees all own data', async () => {
    const { data, errors } = await byId({ role: 'volunteer', volunteer: TROMSO_1 });
    expect(errors).toBeUndefined();
    const v = data.volunteer;
    expect(v.email).toMatch(/@example\.org$/);
    expect(v.municipality).toEqual({ code: '5501' });
    expect(v.compliance.policeCertificateValidUntil).toBeTruthy();
    expect(v.consents).toEqual([{ purpose: 'contact' }]);
    expect(v.assignments[0].place).toBe('Sykehjem i Tromsø kommune');
    expect(v.hoursTotals).toEqual([
      { year: 2026, hours: 40 },
      { year: 2025, hours: 48 },
    ]);
    expect(v.erasedAt).toBeNull();
    const me = await asCaller({ role: 'volunteer', volunteer: TROMSO_1 }, '{ me { id name } }');
    expect(me.data.me).toEqual({ id: TROMSO_1, name: v.name });
  });

  it('an admin sees everything', async () => {
    const { data } = await byId({ role: 'admin' });
    for (const field of FULL_ONLY) expect(data.volunteer[field], field).not.toBeNull();
  });

  it('the organisation the volunteer is engaged with sees them in full; another organisation sees nothing', async () => {
    const own = await byId({ role: 'organisation', organisation: org('tromso-rode-kors') });
    for (const field of FULL_ONLY.filter((f) => f !== 'interests')) expect(own.data.volunteer[field], field).not.toBeNull();
    expect(own.data.volunteer.interests).toBeNull();
    expect((await byId({ role: 'organisation', organisation: org('bergen-rode-kors') })).data.volunteer).toBeNull();
    expectNoPersonalField((await entity({ role: 'organisation', organisation: org('bergen-rode-kors') })).data._entities[0]);
  });

  it('the municipality of the agreement sees name and compliance only; another municipality nothing', async () => {
    const { data } = await byId({ role: 'municipality', municipality: '5501' });
    expect(data.volunteer.name).toBeTruthy();
    expect(data.volunteer.compliance.policeCertificateValidUntil).toBeTruthy();
    for (const field of FULL_ONLY) expect(data.volunteer[field], field).toBeNull();
    expect((await byId({ role: 'municipality', municipality: '4601' })).data.volunteer).toBeNull();
  });

  it('another volunteer sees nothing', async () => {
    const other = seedId('volunteer', 'bergen-rode-kors-1');
    expect((await byId({ role: 'volunteer', volunteer: other })).data.volunteer).toBeNull();
    expectNoPersonalField((await entity({ role: 'volunteer', volunteer: other })).data._entities[0]);
  });

  it.each([
    ['anonymous', null, 'UNAUTHENTICATED'],
    ['researcher', { role: 'researcher' } as TokenRequest, 'FORBIDDEN'],
    ['service', { role: 'service' } as TokenRequest, 'FORBIDDEN'],
  ])('%s gets no personal field by any path', async (_name, request, code) => {
    expect(codes(await byId(request))).toEqual([code]);
    expect(codes(await asCaller(request, '{ volunteers { totalCount } }'))).toEqual([code]);
    expect(codes(await asCaller(request, '{ expiringCompliance(withinDays: 366) { kind } }'))).toEqual([code]);
    const { data, errors } = await entity(request);
    expect(errors).toBeUndefined();
    expect(data._entities[0].id).toBe(TROMSO_1);
    expectNoPersonalField(data._entities[0]);
    const viaAgreement = await asCaller(
      request,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { assignments { place volunteer { name } } } } }',
      {
        r: [{ __typename: 'Agreement', id: seedId('agreement', 'tromso-sykehjem') }],
      },
    );
    expect(viaAgreement.data._entities[0].assignments).toEqual([]);
    const stats = await asCaller(
      request,
      '{ _entities(representations: [{ __typename: "Municipality", code: "5501" }]) { ... on Municipality { volunteerStats(year: 2025) { activeVolunteers } } } }',
    );
    expect(stats.data._entities[0].volunteerStats.activeVolunteers).toBe(6);
  });

  it.each([
    ['anonymous', null, [false, false, false]],
    ['researcher', { role: 'researcher' }, [false, false, false]],
    ['service', { role: 'service' }, [false, false, false]],
    ['another organisation', { role: 'organisation', organisation: org('bergen-rode-kors') }, [false, false, false]],
    ['another volunteer', { role: 'volunteer', volunteer: seedId('volunteer', 'termik-1') }, [false, false, false]],
    ['the municipality of the agreement', { role: 'municipality', municipality: '5501' }, [true, false, true]],
    ['the organisation', { role: 'organisation', organisation: org('tromso-rode-kors') }, [true, true, true]],
    ['the volunteer', { role: 'volunteer', volunteer: TROMSO_1 }, [true, true, true]],
  ] as [string, TokenRequest | null, boolean[]][])(
    'resolves assignment, engagement and hours references for %s only as allowed',
    async (_name, request, expected) => {
      const r = [
        { __typename: 'Assignment', id: seedId('assignment', TROMSO_1) },
        { __typename: 'Engagement', id: seedId('engagement', TROMSO_1) },
        { __typename: 'HoursEntry', id: seedId('hours', `${TROMSO_1}-2025-1`) },
      ];
      const query =
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Assignment { place } ... on Engagement { status } ... on HoursEntry { hours } } }';
      const { data, errors } = await asCaller(request, query, { r });
      expect(errors).toBeUndefined();
      expect(data._entities.map((e: unknown) => e !== null)).toEqual(expected);
    },
  );

  it('lists the volunteers a coordinator coordinates, and only those', async () => {
    const list = async (request: TokenRequest) =>
      (await asCaller(request, '{ volunteers(first: 100) { totalCount edges { node { id name } } } }')).data.volunteers;
    expect((await list({ role: 'organisation', organisation: org('tromso-rode-kors') })).totalCount).toBe(6);
    const bergen = await list({ role: 'municipality', municipality: '4601' });
    expect(bergen.totalCount).toBe(7);
    expect(bergen.edges.every((e: { node: { name: string } }) => e.node.name)).toBe(true);
    expect((await list({ role: 'admin' })).totalCount).toBe(33);
  });

  it('resolves many volunteer references with a bounded number of queries, each checked', async () => {
    const slugs = [
      'alta-frivilligsentral',
      'alta-rode-kors',
      'kristiansund-rode-kors',
      'tromso-rode-kors',
      'termik',
      'bergen-rode-kors',
    ].flatMap((team) => [1, 2, 3].map((i) => `${team}-${i}`));
    const ids = slugs.map((s) => ({ __typename: 'Volunteer', id: seedId('volunteer', s) }));
    const query =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id name email compliance { policeCertificateValidUntil } } } }';
    statements.length = 0;
    const { data } = await asCaller({ role: 'municipality', municipality: '5501' }, query, { r: ids });
    expect(data._entities.map((v: { name: string | null }) => v.name !== null)).toEqual(slugs.map((s) => s.startsWith('tromso')));
    expect(data._entities.every((v: { email: string | null }) => v.email === null)).toBe(true);
    // The volunteers; the agreements the municipality's assignments are under; the assignments giving sight of them
    // (with the current engagements as a subquery); interests; compliance records: not one per volunteer.
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(5);
    statements.length = 0;
    await asCaller(null, query, { r: ids });
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(1);
  });
});
