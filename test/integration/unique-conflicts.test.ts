import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { AgreementStatus } from '../../subgraphs/agreements/enums.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { orgNumberCheckDigit } from '../../subgraphs/common/orgnumber.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { SyncSource } from '../../subgraphs/organisations/entities/sync-source.entity.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { Engagement } from '../../subgraphs/volunteers/entities/engagement.entity.js';
import { Interest } from '../../subgraphs/volunteers/entities/interest.entity.js';
import { Opportunity } from '../../subgraphs/volunteers/entities/opportunity.entity.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { codes, gql, tokenFor, type GraphQLResponse } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

/*
 * Issue 14: the same unique value written by ten callers at once. One wins; every other one is
 * told CONFLICT naming the field (never INTERNAL_SERVER_ERROR), and exactly one row is stored.
 */

const RACERS = 10;
let organisations: RunningSubgraph;
let agreements: RunningSubgraph;
let volunteers: RunningSubgraph;
beforeAll(async () => {
  organisations = await startSubgraph(createOrganisations(testEnvironment()));
  agreements = await startSubgraph(createAgreements(testEnvironment({ ORGANISATIONS_URL: organisations.url })));
  volunteers = await startSubgraph(createVolunteers(testEnvironment()));
});
afterAll(async () => {
  await volunteers?.close();
  await agreements?.close();
  await organisations?.close();
});

const admin = () => tokenFor({ role: 'admin' });

async function race(url: string, query: string, variables: Record<string, unknown>, token: string) {
  const answers: GraphQLResponse[] = await Promise.all(Array.from({ length: RACERS }, () => gql(url, query, variables, token)));
  const losers = answers.filter((a) => a.errors);
  return {
    successes: answers.length - losers.length,
    codes: losers.flatMap(codes),
    fields: [...new Set(losers.flatMap((a) => a.errors!.map((e) => e.extensions?.field)))],
  };
}

/** A valid organisasjonsnummer no seed uses. */
function freshOrgNumber(): string {
  for (let n = 99_000_000; ; n++) {
    const digit = orgNumberCheckDigit(String(n));
    if (digit !== null) return `${n}${digit}`;
  }
}

describe('ten callers writing one unique value at once', () => {
  it('createOrganisation with one orgNumber: one created, nine CONFLICT on orgNumber', async () => {
    const orgNumber = freshOrgNumber();
    const result = await race(
      organisations.url,
      'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      { i: { name: 'Samtidig lag', kind: 'VOLUNTARY_ORGANISATION', orgNumber } },
      await admin(),
    );
    expect(result).toMatchObject({ successes: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    expect(result.fields.every((f) => /orgNumber$/.test(f))).toBe(true);
    expect(await organisations.service.orm.em.fork().count(Organisation, { orgNumber })).toBe(1);
  });

  it('registerSyncSource of one new source: every answer without an internal error, one row', async () => {
    const result = await race(organisations.url, 'mutation { registerSyncSource(source: "samtidig-kilde") { source } }', {}, await admin());
    // An upsert: a racer that finds the row updates it; one that loses the insert race is CONFLICT.
    expect(result.successes).toBeGreaterThanOrEqual(1);
    expect(result.codes.every((c) => c === 'CONFLICT')).toBe(true);
    expect(await organisations.service.orm.em.fork().count(SyncSource, { source: 'samtidig-kilde' })).toBe(1);
  });

  it('renewAgreement of one agreement: one renewal, nine CONFLICT', async () => {
    const em = agreements.service.orm.em.fork();
    const renewedIds = new Set((await em.find(Agreement, { replacesId: { $ne: null } })).map((a) => a.replacesId));
    const active = await em.find(Agreement, { status: AgreementStatus.ACTIVE }, { orderBy: { id: 'asc' } });
    const old = active.find((a) => !renewedIds.has(a.id))!;
    expect(old).toBeDefined();
    const startDate = addDays(old.endDate ?? testClock().today(), 1);
    const result = await race(
      agreements.url,
      'mutation ($id: ID!, $v: Int!, $s: Date!) { renewAgreement(id: $id, version: $v, input: { startDate: $s }) { id } }',
      { id: old.id, v: old.version, s: startDate },
      await admin(),
    );
    expect(result).toMatchObject({ successes: 1, codes: Array(RACERS - 1).fill('CONFLICT') });
    expect(await agreements.service.orm.em.fork().count(Agreement, { replacesId: old.id })).toBe(1);
  });

  it('createEngagement of one pair: one engagement, nine CONFLICT on organisationId', async () => {
    const em = volunteers.service.orm.em.fork();
    const volunteer = em.create(Volunteer, { name: 'Samtidig Søker' });
    await em.flush();
    const organisationId = seedId('organisation', 'bergen-rode-kors');
    const result = await race(
      volunteers.url,
      'mutation ($v: ID!, $o: ID!) { createEngagement(volunteerId: $v, organisationId: $o) { id } }',
      { v: volunteer.id, o: organisationId },
      await admin(),
    );
    expect(result).toEqual({ successes: 1, codes: Array(RACERS - 1).fill('CONFLICT'), fields: ['organisationId'] });
    expect(await volunteers.service.orm.em.fork().count(Engagement, { volunteerId: volunteer.id, organisationId })).toBe(1);
  });

  it('expressInterest in one opportunity: one interest row, never an internal error', async () => {
    const em = volunteers.service.orm.em.fork();
    const volunteer = em.create(Volunteer, { name: 'Samtidig Interessert' });
    await em.flush();
    const opportunity = await em.findOneOrFail(Opportunity, { $or: [{ endDate: null }, { endDate: { $gte: testClock().today() } }] });
    const result = await race(
      volunteers.url,
      'mutation ($o: ID!) { expressInterest(opportunityId: $o) { id status } }',
      { o: opportunity.id },
      await tokenFor({ role: 'volunteer', volunteer: volunteer.id }),
    );
    expect(result.successes).toBeGreaterThanOrEqual(1);
    expect(result.codes.every((c) => c === 'CONFLICT')).toBe(true);
    expect(await volunteers.service.orm.em.fork().count(Interest, { volunteerId: volunteer.id, opportunityId: opportunity.id })).toBe(1);
  });
});

describe('a database that is gone', () => {
  it('answers a write SERVICE_UNAVAILABLE, retryable, instead of an internal error', async () => {
    // Its pool closed, as during a restart: no connection can be had (refusals are in test/unit/mask.test.ts).
    await volunteers.service.orm.close(true);
    const response = await gql(
      volunteers.url,
      'mutation ($o: ID!) { createEngagement(organisationId: $o) { id } }',
      { o: seedId('organisation', 'bergen-rode-kors') },
      await tokenFor({ role: 'volunteer', volunteer: seedId('volunteer', 'bergen-rode-kors-2') }),
    );
    expect(response.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'database', retryable: true });
  });
});
