import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { testClock } from '../helpers/clock.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startVolunteersWithAgreements, type VolunteersWithAgreements } from '../helpers/volunteers.js';

/*
 * Issue 11 against the real agreements subgraph (and organisations, which it asks when an
 * agreement is made). The fake-directory cases are in volunteers-tenancy.test.ts.
 */
let stack: VolunteersWithAgreements;
beforeAll(async () => {
  stack = await startVolunteersWithAgreements({}, { organisations: true });
});
afterAll(() => stack?.close());

const org = (slug: string) => seedId('organisation', slug);
const VEFSN: TokenRequest = { role: 'municipality', municipality: '1824', subject: 'kari@vefsn' };
const today = () => testClock().today();
const call = async (url: string, who: TokenRequest, query: string, variables?: Record<string, unknown>) =>
  gql(url, query, variables, await tokenFor(who));
const volunteers = (who: TokenRequest, query: string, variables?: Record<string, unknown>) =>
  call(stack.subgraph.url, who, query, variables);
const ASSIGN = 'mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status } }';
const assignInput = (volunteerId: string, organisationId: string, agreementId: string) => ({
  volunteerId,
  organisationId,
  agreementId,
  place: 'Vefsn',
  activity: 'terminal_care_companionship',
  startDate: addDays(today(), -10),
});
const nameOf = async (id: string) =>
  (await volunteers(VEFSN, 'query ($id: ID!) { volunteer(id: $id) { name } }', { id })).data.volunteer?.name ?? null;

describe('a municipality assigning under its own agreement (real agreements subgraph)', () => {
  it('assigns a volunteer engaged with a party, and refuses one who is not, writing nothing', async () => {
    const before = await stack.subgraph.service.orm.em.fork().count(Assignment, {});
    const stranger = await volunteers(VEFSN, ASSIGN, {
      input: assignInput(seedId('volunteer', 'bergen-rode-kors-1'), org('termik'), seedId('agreement', 'vefsn-termik')),
    });
    expect(stranger.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.volunteerId' } });
    expect(await stack.subgraph.service.orm.em.fork().count(Assignment, {})).toBe(before);
    expect(await nameOf(seedId('volunteer', 'bergen-rode-kors-1'))).toBeNull();
    const engaged = await volunteers(VEFSN, ASSIGN, {
      input: assignInput(seedId('volunteer', 'termik-1'), org('termik'), seedId('agreement', 'vefsn-termik')),
    });
    expect(engaged.errors).toBeUndefined();
    expect(engaged.data.createAssignment.status).toBe('PLANNED');
  });

  it('cannot reach an Alta volunteer by naming Alta frivilligsentral in an agreement it has not accepted (the issue 11 repro)', async () => {
    const her = seedId('volunteer', 'alta-frivilligsentral-1');
    expect(await nameOf(her)).toBeNull();
    const created = await call(
      stack.agreementsGraph.url,
      VEFSN,
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id parties { id } } }',
      {
        input: {
          title: 'Samarbeid med Alta',
          municipalityCode: '1824',
          organisationIds: [org('alta-frivilligsentral')],
          type: 'COLLABORATION_AGREEMENT',
          status: 'ACTIVE',
          activities: ['visiting_service'],
          targetGroups: ['home_dwelling_elderly'],
        },
      },
    );
    // The agreement is made, but Alta frivilligsentral is only proposed: it has not accepted, so it is no party.
    expect(created.errors).toBeUndefined();
    expect(created.data.createAgreement.parties).toEqual([]);
    const refused = await volunteers(VEFSN, ASSIGN, {
      input: { ...assignInput(her, org('alta-frivilligsentral'), created.data.createAgreement.id), activity: 'visiting_service' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await nameOf(her)).toBeNull();
    const certificate = await volunteers(
      VEFSN,
      'mutation ($v: ID!, $on: Date!, $until: Date!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: $on, validUntil: $until) { policeCertificateValidUntil } }',
      {
        v: her,
        on: addDays(today(), -1),
        until: today(),
      },
    );
    expect(certificate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
