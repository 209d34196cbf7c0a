import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { Engagement } from '../../subgraphs/volunteers/entities/engagement.entity.js';
import { Opportunity } from '../../subgraphs/volunteers/entities/opportunity.entity.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
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
const agreement = (slug: string) => seedId('agreement', slug);
const ADMIN: TokenRequest = { role: 'admin' };
const TROMSO_RK: TokenRequest = { role: 'organisation', organisation: org('tromso-rode-kors') };
const count = (entity: typeof Assignment | typeof Engagement | typeof Opportunity) => subgraph.service.orm.em.fork().count(entity, {});
const call = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, who ? await tokenFor(who) : undefined);

const CREATE_VOLUNTEER = 'mutation ($input: CreateVolunteerInput!) { createVolunteer(input: $input) { id } }';
const CREATE_ASSIGNMENT =
  'mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id version status requiresPoliceCertificate } }';
const TRANSITION =
  'mutation ($id: ID!, $status: AssignmentStatus!, $version: Int!) { transitionAssignment(id: $id, status: $status, version: $version) { status version } }';
const CERTIFICATE =
  'mutation ($v: ID!, $on: Date!, $until: Date!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: $on, validUntil: $until) { policeCertificateValidUntil } }';
const today = () => testClock().today();
const daysFromNow = (days: number) => addDays(today(), days);

async function newVolunteer(name: string, who: TokenRequest = TROMSO_RK) {
  const { data, errors } = await call(who, CREATE_VOLUNTEER, {
    input: { name, email: `${name.toLowerCase().replace(/\s/g, '.')}@example.org`, municipalityCode: '5501', birthYear: 1980 },
  });
  expect(errors).toBeUndefined();
  return data.createVolunteer.id as string;
}

async function newAssignment(
  volunteerId: string,
  agreementSlug = 'tromso-sykehjem',
  organisation = 'tromso-rode-kors',
  extra: Record<string, unknown> = {},
) {
  const input = {
    volunteerId,
    organisationId: org(organisation),
    agreementId: agreement(agreementSlug),
    place: 'Sykehjem i Tromsø kommune',
    activity: 'nursing_home_volunteering',
    startDate: daysFromNow(-30),
    ...extra,
  };
  const response = await call(ADMIN, CREATE_ASSIGNMENT, { input });
  expect(response.errors).toBeUndefined();
  return response.data.createAssignment as { id: string; version: number; requiresPoliceCertificate: boolean };
}

async function requireOnAgreement(slug: string, kinds: string[]) {
  const token = await tokenFor(ADMIN);
  const current = await gql(
    stack.agreementsGraph.url,
    'query ($id: ID!) { agreement(id: $id) { version } }',
    { id: agreement(slug) },
    token,
  );
  const updated = await gql(
    stack.agreementsGraph.url,
    'mutation ($id: ID!, $v: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, version: $v, input: $input) { requirements { kind } } }',
    {
      id: agreement(slug),
      v: current.data.agreement.version,
      input: { requirements: kinds.map((kind) => ({ kind })) },
    },
    token,
  );
  expect(updated.errors).toBeUndefined();
}

describe('an unknown agreement is refused with nothing written', () => {
  it('when publishing an opportunity', async () => {
    const before = await count(Opportunity);
    const response = await call(ADMIN, 'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }', {
      input: {
        title: 'Besøksvenn',
        agreementId: '00000000-0000-5000-8000-000000000000',
        activity: 'visiting_service',
        place: 'Tromsø',
        places: 2,
        startDate: daysFromNow(10),
      },
    });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions!.field).toBe('input.agreementId');
    expect(response.errors![0].message).toMatch(/unknown agreement/);
    expect(await count(Opportunity)).toBe(before);
  });

  it('when assigning a volunteer directly, and for an organisation that is not a party', async () => {
    const volunteer = await newVolunteer('Test Ukjent');
    const [assignments, engagements] = [await count(Assignment), await count(Engagement)];
    const input = {
      volunteerId: volunteer,
      organisationId: org('tromso-rode-kors'),
      agreementId: '00000000-0000-5000-8000-000000000001',
      place: 'X',
      activity: 'visiting_service',
      startDate: daysFromNow(-30),
    };
    const unknown = await call(ADMIN, CREATE_ASSIGNMENT, { input });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].extensions!.field).toBe('input.agreementId');
    const notParty = await call(ADMIN, CREATE_ASSIGNMENT, { input: { ...input, agreementId: agreement('bergen-flyktningguide') } });
    expect(codes(notParty)).toEqual(['BAD_USER_INPUT']);
    expect(notParty.errors![0].extensions!.field).toBe('input.organisationId');
    expect([await count(Assignment), await count(Engagement)]).toEqual([assignments, engagements]);
  });
});

describe('the police-certificate rule', () => {
  it('keeps an assignment under an agreement that requires a politiattest from becoming active until a valid one is recorded', async () => {
    await requireOnAgreement('tromso-sykehjem', ['POLICE_CERTIFICATE']);
    const volunteer = await newVolunteer('Test Attest');
    const assignment = await newAssignment(volunteer);
    expect(assignment.requiresPoliceCertificate).toBe(true);
    const activate = () => call(TROMSO_RK, TRANSITION, { id: assignment.id, status: 'ACTIVE', version: assignment.version });

    const refused = await activate();
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].message).toMatch(/police certificate \(politiattest\)/);
    expect((await subgraph.service.orm.em.fork().findOneOrFail(Assignment, { id: assignment.id })).status).toBe('planned');

    await call(TROMSO_RK, CERTIFICATE, { v: volunteer, on: daysFromNow(-3 * 365), until: daysFromNow(-365) });
    expect(codes(await activate())).toEqual(['BAD_USER_INPUT']);

    const recorded = await call(TROMSO_RK, CERTIFICATE, { v: volunteer, on: today(), until: daysFromNow(3 * 365) });
    expect(recorded.errors).toBeUndefined();
    const { data, errors } = await activate();
    expect(errors).toBeUndefined();
    expect(data.transitionAssignment.status).toBe('ACTIVE');
  });

  it('applies a requirement added to the agreement after the assignment was made', async () => {
    const volunteer = await newVolunteer('Test Senere', ADMIN);
    const assignment = await newAssignment(volunteer, 'bergen-flyktningguide', 'bergen-rode-kors', {
      activity: 'refugee_guide',
      place: 'Bergen',
    });
    expect(assignment.requiresPoliceCertificate).toBe(false);
    await requireOnAgreement('bergen-flyktningguide', ['POLICE_CERTIFICATE']);
    const refused = await call(ADMIN, TRANSITION, { id: assignment.id, status: 'ACTIVE', version: assignment.version });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    await requireOnAgreement('bergen-flyktningguide', []);
  });

  it('refuses a stale version and a transition the lifecycle does not allow', async () => {
    const volunteer = await newVolunteer('Test Versjon', ADMIN);
    const assignment = await newAssignment(volunteer, 'bergen-flyktningguide', 'bergen-rode-kors', {
      activity: 'refugee_guide',
      place: 'Bergen',
    });
    expect(codes(await call(ADMIN, TRANSITION, { id: assignment.id, status: 'CANCELLED', version: assignment.version + 1 }))).toEqual([
      'CONFLICT',
    ]);
    expect(codes(await call(ADMIN, TRANSITION, { id: assignment.id, status: 'COMPLETED', version: assignment.version }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(
        await call({ role: 'organisation', organisation: org('tromso-rode-kors') }, TRANSITION, {
          id: assignment.id,
          status: 'CANCELLED',
          version: assignment.version,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

describe('an organisation cannot take a volunteer on by itself', () => {
  it("neither by an engagement nor by an assignment, so it never gains access to someone else's volunteer", async () => {
    const termik: TokenRequest = { role: 'organisation', organisation: org('termik') };
    const stranger = seedId('volunteer', 'tromso-rode-kors-2');
    const [assignments, engagements] = [await count(Assignment), await count(Engagement)];
    const engagement = await call(termik, 'mutation ($v: ID!, $o: ID!) { createEngagement(volunteerId: $v, organisationId: $o) { id } }', {
      v: stranger,
      o: org('termik'),
    });
    expect(codes(engagement)).toEqual(['FORBIDDEN']);
    const input = {
      volunteerId: stranger,
      organisationId: org('termik'),
      agreementId: agreement('vefsn-termik'),
      place: 'Vefsn',
      activity: 'terminal_care_companionship',
      startDate: daysFromNow(-30),
    };
    const assignment = await call(termik, CREATE_ASSIGNMENT, { input });
    expect(codes(assignment)).toEqual(['BAD_USER_INPUT']);
    expect(assignment.errors![0].extensions!.field).toBe('input.volunteerId');
    expect([await count(Assignment), await count(Engagement)]).toEqual([assignments, engagements]);
    expect((await call(termik, 'query ($id: ID!) { volunteer(id: $id) { name } }', { id: stranger })).data.volunteer).toBeNull();
  });
});

describe('when the agreements subgraph cannot be asked', () => {
  it('refuses to publish or to activate (fail closed), writes nothing and leaks no address', async () => {
    // A volunteers subgraph of its own, told the agreements subgraph is where nothing answers.
    const down = await startSubgraph(createVolunteers(testEnvironment({ AGREEMENTS_URL: 'http://127.0.0.1:1/graphql' })), { seed: false });
    try {
      const em = down.service.orm.em.fork();
      const volunteer = em.create(Volunteer, { name: 'Test Nede' });
      await em.flush();
      const assignment = em.create(Assignment, {
        volunteerId: volunteer.id,
        organisationId: org('tromso-rode-kors'),
        agreementId: agreement('tromso-sykehjem'),
        municipalityCode: '5501',
        place: 'Sykehjem i Tromsø kommune',
        activity: 'nursing_home_volunteering',
        startDate: daysFromNow(-30),
      });
      await em.flush();
      const response = await gql(
        down.url,
        'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }',
        {
          input: {
            title: 'Besøksvenn',
            agreementId: agreement('tromso-sykehjem'),
            activity: 'visiting_service',
            place: 'Tromsø',
            places: 2,
            startDate: daysFromNow(10),
          },
        },
        await tokenFor(ADMIN),
      );
      expect(codes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(response.errors![0].message).toBe('the agreements service could not be asked; nothing was written, try again later');
      expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
      expect(await down.service.orm.em.fork().count(Opportunity, {})).toBe(0);
      const activate = await gql(
        down.url,
        TRANSITION,
        { id: assignment.id, status: 'ACTIVE', version: assignment.version },
        await tokenFor(ADMIN),
      );
      expect(codes(activate)).toEqual(['SERVICE_UNAVAILABLE']);
      expect((await down.service.orm.em.fork().findOneOrFail(Assignment, { id: assignment.id })).status).toBe('planned');
    } finally {
      await down.close();
    }
  });
});

describe('an agreement that has ended', () => {
  async function terminate(slug: string) {
    const token = await tokenFor(ADMIN);
    const current = await gql(
      stack.agreementsGraph.url,
      'query ($id: ID!) { agreement(id: $id) { version } }',
      { id: agreement(slug) },
      token,
    );
    const ended = await gql(
      stack.agreementsGraph.url,
      'mutation ($id: ID!, $v: Int!) { changeAgreementStatus(id: $id, version: $v, status: TERMINATED) { status } }',
      {
        id: agreement(slug),
        v: current.data.agreement.version,
      },
      token,
    );
    expect(ended.data?.changeAgreementStatus.status).toBe('TERMINATED');
  }

  it('takes no new assignment, and a planned one under it cannot start; nothing is written', async () => {
    const volunteer = await newVolunteer('Test Avsluttet');
    const planned = await newAssignment(volunteer, 'nissedal-frivilligsentral', 'nissedal-frivilligsentral', {
      place: 'Nissedal',
      activity: 'volunteer_centre',
    });
    await terminate('nissedal-frivilligsentral');
    const before = await count(Assignment);
    const input = {
      volunteerId: volunteer,
      organisationId: org('nissedal-frivilligsentral'),
      agreementId: agreement('nissedal-frivilligsentral'),
      place: 'Nissedal',
      activity: 'volunteer_centre',
      startDate: daysFromNow(-30),
    };
    const refused = await call(ADMIN, CREATE_ASSIGNMENT, { input });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.agreementId' } });
    expect(refused.errors?.[0].message).toMatch(/expired or been terminated/);
    expect(await count(Assignment)).toBe(before);
    const start = await call(ADMIN, TRANSITION, { id: planned.id, status: 'ACTIVE', version: planned.version });
    expect(codes(start)).toEqual(['BAD_USER_INPUT']);
    expect((await subgraph.service.orm.em.fork().findOneOrFail(Assignment, { id: planned.id })).status).toBe('planned');
  });
});
