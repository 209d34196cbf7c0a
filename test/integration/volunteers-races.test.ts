import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { Consent } from '../../subgraphs/volunteers/entities/consent.entity.js';
import { Engagement } from '../../subgraphs/volunteers/entities/engagement.entity.js';
import { HoursEntry } from '../../subgraphs/volunteers/entities/hours-entry.entity.js';
import { Interest } from '../../subgraphs/volunteers/entities/interest.entity.js';
import { Opportunity } from '../../subgraphs/volunteers/entities/opportunity.entity.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { AssignmentStatus, InterestStatus } from '../../subgraphs/volunteers/enums.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { codes, gql, tokenFor, type GraphQLResponse } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

/*
 * Issue 14: business rules that span rows hold when the writes come at once. Each race is run
 * ROUNDS times on fresh rows; on PostgreSQL these broke before (40 h on one day, two volunteers
 * on a one-place opportunity, four open consents for one purpose).
 */

const ROUNDS = 10;
const ORGANISATION = seedId('organisation', 'bergen-rode-kors');
const AGREEMENT = seedId('agreement', 'bergen-flyktningguide');

let subgraph: RunningSubgraph;
let admin: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createVolunteers(testEnvironment()));
  admin = await tokenFor({ role: 'admin' });
});
afterAll(() => subgraph?.close());

const em = () => subgraph.service.orm.em.fork();
const errorCodes = (answers: GraphQLResponse[]) => answers.flatMap(codes);
const successes = (answers: GraphQLResponse[]) => answers.filter((a) => !a.errors).length;

async function newVolunteer(name: string): Promise<Volunteer> {
  const fork = em();
  const volunteer = fork.create(Volunteer, { name });
  await fork.flush();
  return volunteer;
}

function assignmentFor(volunteerId: string, startDate: string) {
  return {
    volunteerId,
    organisationId: ORGANISATION,
    agreementId: AGREEMENT,
    municipalityCode: '4601',
    place: 'Bergen',
    activity: 'refugee_guide',
    startDate,
    status: AssignmentStatus.ACTIVE,
  };
}

describe(`races, ${ROUNDS} rounds each`, () => {
  it('two logHours(20) at once on two assignments of one volunteer store at most 24 h that day', async () => {
    const today = testClock().today();
    const volunteer = await newVolunteer('Timer Samtidig');
    const fork = em();
    const a = fork.create(Assignment, assignmentFor(volunteer.id, addDays(today, -60)));
    const b = fork.create(Assignment, assignmentFor(volunteer.id, addDays(today, -60)));
    await fork.flush();
    const token = await tokenFor({ role: 'volunteer', volunteer: volunteer.id });
    const log = 'mutation ($i: LogHoursInput!) { logHours(input: $i) { id } }';
    for (let round = 0; round < ROUNDS; round++) {
      const date = addDays(today, -1 - round);
      const answers = await Promise.all(
        [a, b].map((assignment) => gql(subgraph.url, log, { i: { assignmentId: assignment.id, date, hours: 20 } }, token)),
      );
      expect(successes(answers)).toBe(1);
      expect(errorCodes(answers)).toEqual(['BAD_USER_INPUT']);
      const day = await em().find(HoursEntry, { volunteerId: volunteer.id, date });
      expect(day.reduce((sum, h) => sum + h.hours, 0)).toBe(20);
    }
  });

  it('acceptInterest at once for two candidates of a one-place opportunity accepts one', async () => {
    const today = testClock().today();
    const accept = 'mutation ($i: AcceptInterestInput!) { acceptInterest(input: $i) { id } }';
    for (let round = 0; round < ROUNDS; round++) {
      const fork = em();
      const opportunity = fork.create(Opportunity, {
        title: `Én plass ${round}`,
        organisationId: ORGANISATION,
        municipalityCode: '4601',
        agreementId: AGREEMENT,
        activity: 'refugee_guide',
        place: 'Bergen',
        places: 1,
        startDate: addDays(today, 7),
        requiresPoliceCertificate: false,
        requiresConfidentialityDeclaration: false,
        requiresTraining: false,
        requiredCourses: [],
        requiredSkills: [],
        availability: [],
      });
      const candidates = [fork.create(Volunteer, { name: `Kandidat A${round}` }), fork.create(Volunteer, { name: `Kandidat B${round}` })];
      await fork.flush();
      const interests = candidates.map((v) =>
        fork.create(Interest, { volunteerId: v.id, opportunityId: opportunity.id, status: InterestStatus.PENDING, createdAt: new Date() }),
      );
      await fork.flush();
      const answers = await Promise.all(interests.map((i) => gql(subgraph.url, accept, { i: { interestId: i.id } }, admin)));
      expect(successes(answers)).toBe(1);
      expect(errorCodes(answers)).toEqual(['BAD_USER_INPUT']);
      expect(await em().count(Assignment, { opportunityId: opportunity.id })).toBe(1);
      expect(await em().count(Interest, { opportunityId: opportunity.id, status: InterestStatus.ACCEPTED })).toBe(1);
    }
  });

  it('giveConsent ten times at once for one purpose leaves one open consent', async () => {
    const volunteer = await newVolunteer('Samtykke Samtidig');
    const token = await tokenFor({ role: 'volunteer', volunteer: volunteer.id });
    const give = 'mutation ($p: String!) { giveConsent(purpose: $p) { id } }';
    for (let round = 0; round < ROUNDS; round++) {
      const purpose = `nyhetsbrev ${round}`;
      const answers = await Promise.all(Array.from({ length: 10 }, () => gql(subgraph.url, give, { p: purpose }, token)));
      expect(errorCodes(answers)).toEqual([]);
      expect(new Set(answers.map((a) => a.data.giveConsent.id)).size).toBe(1);
      expect(await em().count(Consent, { volunteerId: volunteer.id, purpose, withdrawnAt: null })).toBe(1);
    }
  });

  it('createEngagement ten times at once for one pair leaves one engagement', async () => {
    const create = 'mutation ($v: ID!, $o: ID!) { createEngagement(volunteerId: $v, organisationId: $o) { id } }';
    for (let round = 0; round < ROUNDS; round++) {
      const volunteer = await newVolunteer(`Engasjert ${round}`);
      const answers = await Promise.all(
        Array.from({ length: 10 }, () => gql(subgraph.url, create, { v: volunteer.id, o: ORGANISATION }, admin)),
      );
      expect(successes(answers)).toBe(1);
      expect(errorCodes(answers)).toEqual(Array(9).fill('CONFLICT'));
      expect(await em().count(Engagement, { volunteerId: volunteer.id, organisationId: ORGANISATION })).toBe(1);
    }
  });
});
