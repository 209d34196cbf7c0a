import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
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

const org = (slug: string) => seedId('organisation', slug);
const ADMIN: TokenRequest = { role: 'admin' };
const BERGEN_RK: TokenRequest = { role: 'organisation', organisation: org('bergen-rode-kors') };
const TROMSO: TokenRequest = { role: 'municipality', municipality: '5501' };
const GUIDE = seedId('opportunity', 'bergen-flyktningguide');
const SYKEHJEM = seedId('opportunity', 'tromso-sykehjem-frivillige');
const call = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, who ? await tokenFor(who) : undefined);
const inDays = (days: number) => addDays(testClock().today(), days);
const MATCHES =
  'query ($v: ID!) { opportunitiesFor(volunteerId: $v) { opportunity { id title } score eligible reasons { criterion met blocking detail } } }';
const CANDIDATES =
  'query ($o: ID!) { candidatesFor(opportunityId: $o, first: 50) { volunteer { id name email } interested score eligible reasons { criterion met } } }';
const INTEREST = 'mutation ($o: ID!) { expressInterest(opportunityId: $o) { id status } }';
const ACCEPT =
  'mutation ($input: AcceptInterestInput!) { acceptInterest(input: $input) { id status place requiresPoliceCertificate organisation { id } } }';

let guide: string;
const asGuide = () => ({ role: 'volunteer', volunteer: guide }) as TokenRequest;

beforeAll(async () => {
  const input = {
    name: 'Test Guide',
    email: 'test.guide@example.org',
    municipalityCode: '4601',
    birthYear: 1985,
    activities: ['refugee_guide'],
    availability: ['WEEKEND'],
    languages: ['nb', 'ar'],
  };
  guide = (await call(ADMIN, 'mutation ($input: CreateVolunteerInput!) { createVolunteer(input: $input) { id } }', { input })).data
    .createVolunteer.id;
});

describe('matching', () => {
  it('ranks opportunities for a volunteer with the reasons each is or is not eligible', async () => {
    const { data, errors } = await call(asGuide(), MATCHES, { v: guide });
    expect(errors).toBeUndefined();
    const guideMatch = data.opportunitiesFor.find((m: { opportunity: { id: string } }) => m.opportunity.id === GUIDE);
    expect(data.opportunitiesFor[0].opportunity.id).toBe(GUIDE);
    expect(guideMatch.eligible).toBe(false);
    const reason = (c: string) => guideMatch.reasons.find((r: { criterion: string }) => r.criterion === c);
    expect(reason('MUNICIPALITY')).toMatchObject({ met: true, blocking: false });
    expect(reason('ACTIVITY')).toMatchObject({ met: true });
    expect(reason('AVAILABILITY')).toMatchObject({ met: true });
    expect(reason('COMPLIANCE')).toMatchObject({ met: false, blocking: true });
    expect(reason('COMPLIANCE').detail).toMatch(/taushetserklæring.*flyktningguide_kurs/);
    const meals = data.opportunitiesFor.find((m: { opportunity: { title: string } }) => m.opportunity.title === 'Sjåfør til matombringing');
    expect(meals.reasons.find((r: { criterion: string }) => r.criterion === 'SKILLS')).toMatchObject({
      met: false,
      blocking: true,
      detail: 'lacks driving_licence',
    });
  });

  it('makes the volunteer eligible once compliant, and ranks the match first', async () => {
    await call(
      ADMIN,
      'mutation ($v: ID!, $on: Date!) { recordConfidentialityDeclaration(volunteerId: $v, signedOn: $on, validUntil: null) { confidentialitySignedOn } }',
      { v: guide, on: inDays(0) },
    );
    await call(
      ADMIN,
      'mutation ($v: ID!, $on: Date!) { recordTrainingCourse(volunteerId: $v, course: "flyktningguide_kurs", completedOn: $on) { courses { course } } }',
      { v: guide, on: inDays(0) },
    );
    const { data } = await call(asGuide(), MATCHES, { v: guide });
    expect(data.opportunitiesFor[0]).toMatchObject({ opportunity: { id: GUIDE }, eligible: true, score: 100 });
  });

  it("lets only the volunteer, their organisations and admins ask for a volunteer's matches", async () => {
    expect(codes(await call({ role: 'organisation', organisation: org('tromso-rode-kors') }, MATCHES, { v: guide }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(codes(await call({ role: 'researcher' }, MATCHES, { v: guide }))).toEqual(['NOT_FOUND']);
  });
});

describe('interest, candidates and acceptance', () => {
  it('shows an interested volunteer to the publishing organisation as a candidate, by name only until accepted', async () => {
    expect((await call(asGuide(), INTEREST, { o: GUIDE })).data.expressInterest.status).toBe('PENDING');
    const { data, errors } = await call(BERGEN_RK, CANDIDATES, { o: GUIDE });
    expect(errors).toBeUndefined();
    const me = data.candidatesFor.find((c: { volunteer: { id: string } }) => c.volunteer.id === guide);
    expect(me).toMatchObject({ interested: true, eligible: true, volunteer: { name: 'Test Guide', email: null } });
    expect(data.candidatesFor.filter((c: { interested: boolean }) => !c.interested)).toHaveLength(7);
    expect(codes(await call({ role: 'organisation', organisation: org('tromso-rode-kors') }, CANDIDATES, { o: GUIDE }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await call(null, CANDIDATES, { o: GUIDE }))).toEqual(['UNAUTHENTICATED']);
  });

  it('turns an accepted interest into a planned assignment that takes a place and engages the volunteer', async () => {
    const interestId = (await call(asGuide(), '{ me { interests { id } } }')).data.me.interests[0].id;
    const { data, errors } = await call(BERGEN_RK, ACCEPT, { input: { interestId } });
    expect(errors).toBeUndefined();
    expect(data.acceptInterest).toMatchObject({ status: 'PLANNED', place: 'Bergen', organisation: { id: org('bergen-rode-kors') } });
    expect((await call(null, '{ opportunity(id: "' + GUIDE + '") { places placesLeft } }')).data.opportunity).toEqual({
      places: 15,
      placesLeft: 14,
    });
    const seen = await call(BERGEN_RK, 'query ($id: ID!) { volunteer(id: $id) { email engagements { status } } }', { id: guide });
    expect(seen.data.volunteer).toEqual({ email: 'test.guide@example.org', engagements: [{ status: 'ACTIVE' }] });
    expect(codes(await call(BERGEN_RK, ACCEPT, { input: { interestId } }))).toEqual(['BAD_USER_INPUT']);
    // Places counted and assignments read in one request: both see whole rows.
    const both = await call(
      asGuide(),
      `{ opportunity(id: "${GUIDE}") { placesLeft } me { assignments { place status opportunity { id } } } }`,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data.me.assignments).toEqual([{ place: 'Bergen', status: 'PLANNED', opportunity: { id: GUIDE } }]);
  });

  it('needs the party organisation when the municipality published the opportunity', async () => {
    await call(asGuide(), INTEREST, { o: SYKEHJEM });
    const interestId = (await call(asGuide(), '{ me { interests { id opportunity { id } } } }')).data.me.interests.find(
      (i: { opportunity: { id: string } }) => i.opportunity.id === SYKEHJEM,
    ).id;
    const missing = await call(TROMSO, ACCEPT, { input: { interestId } });
    expect(missing.errors![0].extensions!.field).toBe('input.organisationId');
    const notParty = await call(TROMSO, ACCEPT, { input: { interestId, organisationId: org('bergen-rode-kors') } });
    expect(notParty.errors![0].extensions!.field).toBe('input.organisationId');
    // The municipality cannot engage the volunteer with an organisation for them: they apply first.
    const notEngaged = await call(TROMSO, ACCEPT, { input: { interestId, organisationId: org('tromso-skolekorps') } });
    expect(notEngaged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.interestId' } });
    expect(
      (await call(asGuide(), 'mutation ($o: ID!) { createEngagement(organisationId: $o) { status } }', { o: org('tromso-skolekorps') }))
        .data.createEngagement.status,
    ).toBe('APPLICANT');
    const { data, errors } = await call(TROMSO, ACCEPT, { input: { interestId, organisationId: org('tromso-skolekorps') } });
    expect(errors).toBeUndefined();
    expect(data.acceptInterest).toMatchObject({ status: 'PLANNED', requiresPoliceCertificate: true });
    const seen = await call(TROMSO, 'query ($id: ID!) { volunteer(id: $id) { name email } }', { id: guide });
    expect(seen.data.volunteer).toEqual({ name: 'Test Guide', email: null });
  });

  it("lets only parties and the agreement's municipality publish", async () => {
    const input = {
      title: 'Besøksvenn',
      agreementId: seedId('agreement', 'tromso-sykehjem'),
      activity: 'visiting_service',
      place: 'Tromsø',
      places: 2,
      startDate: inDays(10),
    };
    const create =
      'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id municipality { code } requiresPoliceCertificate } }';
    expect(codes(await call({ role: 'municipality', municipality: '4601' }, create, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(BERGEN_RK, create, { input: { ...input, organisationId: org('bergen-rode-kors') } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await call(null, create, { input }))).toEqual(['UNAUTHENTICATED']);
    const { data, errors } = await call(TROMSO, create, { input: { ...input, endDate: inDays(5) } });
    expect(errors![0].extensions!.field).toBe('input.endDate');
    expect(data).toBeNull();
    const ok = await call(TROMSO, create, { input: { ...input, requiresPoliceCertificate: true } });
    expect(ok.data.createOpportunity).toMatchObject({ municipality: { code: '5501' }, requiresPoliceCertificate: true });
  });
});

describe('compliance expiry and engagement lifecycle', () => {
  it('lists volunteers whose certificate or declaration runs out within N days, to their coordinators only', async () => {
    // An admin recorded an open-ended taushetserklæring above, so what runs out is a politiattest.
    const recorded = await call(
      BERGEN_RK,
      'mutation ($v: ID!, $on: Date!, $until: Date!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: $on, validUntil: $until) { policeCertificateValidUntil } }',
      { v: guide, on: inDays(0), until: inDays(10) },
    );
    expect(recorded.data.recordPoliceCertificate.policeCertificateValidUntil).toBe(inDays(10));
    const list = async (who: TokenRequest, days: number) =>
      (await call(who, `{ expiringCompliance(withinDays: ${days}) { volunteer { id name } kind daysLeft } }`)).data?.expiringCompliance ??
      [];
    expect((await list(BERGEN_RK, 30)).filter((a: { volunteer: { id: string } }) => a.volunteer.id === guide)).toEqual([
      { volunteer: { id: guide, name: 'Test Guide' }, kind: 'POLICE_CERTIFICATE', daysLeft: 10 },
    ]);
    expect((await list(BERGEN_RK, 5)).some((a: { volunteer: { id: string } }) => a.volunteer.id === guide)).toBe(false);
    expect(
      (await list({ role: 'organisation', organisation: org('termik') }, 30)).some(
        (a: { volunteer: { id: string } }) => a.volunteer.id === guide,
      ),
    ).toBe(false);
    expect(codes(await call(BERGEN_RK, '{ expiringCompliance(withinDays: 400) { kind } }'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await call(asGuide(), '{ expiringCompliance(withinDays: 30) { kind } }'))).toEqual(['FORBIDDEN']);
  });

  it('moves an engagement only along its lifecycle', async () => {
    const termik: TokenRequest = { role: 'organisation', organisation: org('termik') };
    const applied = await call(
      asGuide(),
      'mutation ($v: ID!, $o: ID!) { createEngagement(volunteerId: $v, organisationId: $o) { id status version } }',
      { v: guide, o: org('termik') },
    );
    expect(applied.data.createEngagement.status).toBe('APPLICANT');
    const { id } = applied.data.createEngagement;
    const move = (status: string, version: number) =>
      call(
        termik,
        'mutation ($id: ID!, $s: EngagementStatus!, $v: Int!) { transitionEngagement(id: $id, status: $s, version: $v) { status version startDate endDate } }',
        { id, s: status, v: version },
      );
    expect(codes(await move('INACTIVE', 1))).toEqual(['BAD_USER_INPUT']);
    const active = await move('ACTIVE', 1);
    expect(active.data.transitionEngagement).toMatchObject({ status: 'ACTIVE', startDate: inDays(0), endDate: null });
    const archived = await move('ARCHIVED', active.data.transitionEngagement.version);
    expect(archived.data.transitionEngagement).toMatchObject({ status: 'ARCHIVED', endDate: inDays(0) });
    const final = await move('ACTIVE', archived.data.transitionEngagement.version);
    expect(final.errors![0].message).toMatch(/archived is final/);
  });
});
