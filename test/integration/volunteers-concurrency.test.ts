import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createVolunteers(testEnvironment()));
});
afterAll(() => subgraph?.close());

const RACERS = 10;
const admin = () => tokenFor({ role: 'admin' });

/** Sends the same write RACERS times at once and sorts the answers into successes and error codes. */
async function race(query: string, variables: Record<string, unknown>) {
  const token = await admin();
  const answers = await Promise.all(Array.from({ length: RACERS }, () => gql(subgraph.url, query, variables, token)));
  return { successes: answers.filter((a) => !a.errors).length, codes: answers.flatMap(codes) };
}

describe('two people writing the same version at once', () => {
  it('lets exactly one transitionAssignment through and answers every other one CONFLICT, never an internal error', async () => {
    const em = subgraph.service.orm.em.fork();
    const assignment = em.create(Assignment, {
      volunteerId: seedId('volunteer', 'bergen-rode-kors-2'),
      organisationId: seedId('organisation', 'bergen-rode-kors'),
      agreementId: seedId('agreement', 'bergen-flyktningguide'),
      municipalityCode: '4601',
      place: 'Bergen',
      activity: 'refugee_guide',
      startDate: addDays(testClock().today(), -7),
    });
    await em.flush();
    const result = await race(
      'mutation ($id: ID!, $v: Int!) { transitionAssignment(id: $id, status: CANCELLED, version: $v) { status version } }',
      { id: assignment.id, v: assignment.version },
    );
    expect(result).toEqual({ successes: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    const after = await subgraph.service.orm.em.fork().findOneOrFail(Assignment, { id: assignment.id });
    expect(after).toMatchObject({ status: 'cancelled', version: assignment.version + 1 });
  });

  it('lets exactly one profile update through and answers every other one CONFLICT', async () => {
    const id = seedId('volunteer', 'bergen-rode-kors-3');
    const { version } = await subgraph.service.orm.em.fork().findOneOrFail(Volunteer, { id });
    const result = await race(
      'mutation ($id: ID!, $v: Int!) { updateVolunteer(id: $id, version: $v, input: { phone: "+47 000 99 999" }) { version } }',
      { id, v: version },
    );
    expect(result).toEqual({ successes: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    expect(await subgraph.service.orm.em.fork().findOneOrFail(Volunteer, { id })).toMatchObject({
      phone: '+47 000 99 999',
      version: version + 1,
    });
  });
});
