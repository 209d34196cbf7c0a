import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { TEXT_LIMITS } from '../../subgraphs/common/validators.js';
import { Municipality } from '../../subgraphs/organisations/entities/municipality.entity.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { Consent } from '../../subgraphs/volunteers/entities/consent.entity.js';
import { HoursEntry } from '../../subgraphs/volunteers/entities/hours-entry.entity.js';
import { Volunteer } from '../../subgraphs/volunteers/entities/volunteer.entity.js';
import { AssignmentStatus } from '../../subgraphs/volunteers/enums.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { gql, tokenFor, type GraphQLResponse } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

/*
 * Issue 14: one length and character policy per field, checked by the inputs before anything
 * is written, the same on SQLite and PostgreSQL. Before, a value over 255 characters was stored
 * whole on SQLite and INTERNAL_SERVER_ERROR on PostgreSQL; zero-width names and 5e-324 hours
 * were accepted.
 */

const LONG = 'x'.repeat(TEXT_LIMITS.line + 1);
const ZERO_WIDTH = '\u200b\u200c\u200d\ufeff';

let organisations: RunningSubgraph;
let agreements: RunningSubgraph;
let volunteers: RunningSubgraph;
let admin: string;
beforeAll(async () => {
  organisations = await startSubgraph(createOrganisations(testEnvironment()));
  agreements = await startSubgraph(createAgreements(testEnvironment({ ORGANISATIONS_URL: organisations.url })));
  volunteers = await startSubgraph(createVolunteers(testEnvironment()));
  admin = await tokenFor({ role: 'admin' });
});
afterAll(async () => {
  await volunteers?.close();
  await agreements?.close();
  await organisations?.close();
});

/** The one error of a refused write: BAD_USER_INPUT naming the field. */
function refused(response: GraphQLResponse, field: string, rule: RegExp) {
  expect(response.data?.[Object.keys(response.data ?? {})[0]] ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(response.errors![0].message).toMatch(rule);
}

describe('organisations', () => {
  const CREATE = 'mutation ($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id name } }';
  const create = (input: Record<string, unknown>) =>
    gql(organisations.url, CREATE, { i: { kind: 'VOLUNTARY_ORGANISATION', ...input } }, admin);
  const count = () => organisations.service.orm.em.fork().count(Organisation, {});

  it.each([
    ['a name over the limit', { name: LONG }, 'input.name', /at most 255 characters/],
    ['an e-mail over the limit', { name: 'Langt e-post lag', email: `${'e'.repeat(300)}@example.no` }, 'input.email', /at most 254/],
    ['a name of zero-width characters only', { name: ZERO_WIDTH }, 'input.name', /invisible/],
    ['a name of spaces only', { name: '   ' }, 'input.name', /empty/],
    ['a name with NUL', { name: 'Lag\u0000navn' }, 'input.name', /NUL/],
    ['a name with a control character', { name: 'Lag\u0007navn' }, 'input.name', /control/],
    ['a name over two lines', { name: 'Lag\nnavn' }, 'input.name', /one line/],
    ['a description with NUL', { name: 'Beskrevet lag', description: 'a\u0000b' }, 'input.description', /NUL/],
  ])('refuses %s and writes nothing', async (_, input, field, rule) => {
    const before = await count();
    refused(await create(input), field, rule);
    expect(await count()).toBe(before);
  });

  it('keeps a name of exactly the limit, and newlines in a description', async () => {
    const name = 'n'.repeat(TEXT_LIMITS.line);
    const { data, errors } = await create({ name, description: 'Første linje\nAndre linje\tmed tab' });
    expect(errors).toBeUndefined();
    expect(data.createOrganisation.name).toBe(name);
  });

  it('updateVolunteerPolicy refuses a coordinator name over the limit and writes nothing', async () => {
    const { version } = await organisations.service.orm.em.fork().findOneOrFail(Municipality, { code: '4601' });
    refused(
      await gql(
        organisations.url,
        'mutation ($v: Int!, $i: VolunteerPolicyInput!) { updateVolunteerPolicy(code: "4601", version: $v, input: $i) { version } }',
        { v: version, i: { coordinatorName: LONG } },
        admin,
      ),
      'input.coordinatorName',
      /at most 255/,
    );
    expect((await organisations.service.orm.em.fork().findOneOrFail(Municipality, { code: '4601' })).version).toBe(version);
  });

  it('syncOrganisations rejects a record with a 300-character externalId alone; the others are created', async () => {
    const { data, errors } = await gql(
      organisations.url,
      'mutation ($r: [SyncRecordInput!]!) { syncOrganisations(source: "lengder", records: $r) { created rejected outcomes { externalId outcome errors { field message } } } }',
      {
        r: [
          { externalId: 'kort-1', name: 'Kort lag', kind: 'VOLUNTARY_ORGANISATION' },
          { externalId: 'e'.repeat(300), name: 'Langt id', kind: 'VOLUNTARY_ORGANISATION' },
          { externalId: 'kort-2', name: ZERO_WIDTH, kind: 'VOLUNTARY_ORGANISATION' },
          { externalId: 'kort-3', name: 'Kort lag tre', kind: 'VOLUNTARY_ORGANISATION' },
        ],
      },
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data.syncOrganisations).toMatchObject({ created: 2, rejected: 2 });
    const outcomes = data.syncOrganisations.outcomes;
    expect(outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['CREATED', 'REJECTED', 'REJECTED', 'CREATED']);
    expect(outcomes[1].errors).toEqual([{ field: 'records[1].externalId', message: expect.stringMatching(/at most 255/) }]);
    expect(outcomes[2].errors).toEqual([{ field: 'records[2].name', message: expect.stringMatching(/invisible/) }]);
  });
});

describe('catalogue search', () => {
  it.each([
    ['organisations', '{ organisations(first: 5, filter: { search: $s }) { edges { node { id } } } }'],
    ['services', '{ services(first: 5, filter: { search: $s }) { edges { node { id } } } }'],
  ])('refuses a 100,000-character search of %s as BAD_USER_INPUT naming filter.search', async (_, selection) => {
    const response = await gql(organisations.url, `query ($s: String!) ${selection}`, { s: 'kors '.repeat(20_000) });
    expect(response.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.search' }),
    ]);
  });
});

describe('agreements', () => {
  const CREATE = 'mutation ($i: CreateAgreementInput!) { createAgreement(input: $i) { id } }';
  const input = (extra: Record<string, unknown>) => ({
    title: 'Avtale',
    municipalityCode: '1824',
    organisationIds: [seedId('organisation', 'termik')],
    type: 'COLLABORATION_AGREEMENT',
    ...extra,
  });
  const count = () => agreements.service.orm.em.fork().count(Agreement, {});

  it.each([
    ['a title over the limit', { title: LONG }, 'input.title', /at most 255/],
    ['a title of zero-width characters', { title: ZERO_WIDTH }, 'input.title', /invisible/],
    ['a contact name over the limit', { contacts: [{ side: 'MUNICIPALITY', name: LONG }] }, 'input.contacts[0].name', /at most 255/],
    ['a document URL with NUL', { documents: [{ title: 'Avtaletekst', url: 'https://x.no/\u0000' }] }, 'input.documents[0].url', /NUL/],
  ])('refuses %s and writes nothing', async (_, extra, field, rule) => {
    const before = await count();
    refused(await gql(agreements.url, CREATE, { i: input(extra) }, admin), field, rule);
    expect(await count()).toBe(before);
  });
});

describe('volunteers', () => {
  const volunteerCount = () => volunteers.service.orm.em.fork().count(Volunteer, {});

  it.each([
    ['a name over the limit', { name: LONG }, 'input.name', /at most 255/],
    ['a name of zero-width characters', { name: ZERO_WIDTH }, 'input.name', /invisible/],
    ['a phone number with NUL', { name: 'Kari', phone: '+47\u0000' }, 'input.phone', /NUL/],
  ])('createVolunteer refuses %s and writes nothing', async (_, input, field, rule) => {
    const before = await volunteerCount();
    refused(
      await gql(volunteers.url, 'mutation ($i: CreateVolunteerInput!) { createVolunteer(input: $i) { id } }', { i: input }, admin),
      field,
      rule,
    );
    expect(await volunteerCount()).toBe(before);
  });

  it('giveConsent refuses a purpose over the limit and writes nothing', async () => {
    const id = seedId('volunteer', 'bergen-rode-kors-2');
    const before = await volunteers.service.orm.em.fork().count(Consent, { volunteerId: id });
    refused(
      await gql(
        volunteers.url,
        'mutation ($v: ID!, $p: String!) { giveConsent(volunteerId: $v, purpose: $p) { id } }',
        { v: id, p: LONG },
        admin,
      ),
      'purpose',
      /at most 255/,
    );
    expect(await volunteers.service.orm.em.fork().count(Consent, { volunteerId: id })).toBe(before);
  });

  it.each([5e-324, 0.1, 0, -1, 24.5])('logHours refuses %s hours and writes nothing', async (hours) => {
    const em = volunteers.service.orm.em.fork();
    const today = testClock().today();
    const assignment = em.create(Assignment, {
      volunteerId: seedId('volunteer', 'bergen-rode-kors-3'),
      organisationId: seedId('organisation', 'bergen-rode-kors'),
      agreementId: seedId('agreement', 'bergen-flyktningguide'),
      municipalityCode: '4601',
      place: 'Bergen',
      activity: 'refugee_guide',
      startDate: addDays(today, -10),
      status: AssignmentStatus.ACTIVE,
    });
    await em.flush();
    refused(
      await gql(
        volunteers.url,
        'mutation ($i: LogHoursInput!) { logHours(input: $i) { id } }',
        { i: { assignmentId: assignment.id, date: addDays(today, -1), hours } },
        admin,
      ),
      'input.hours',
      /from 0.25/,
    );
    expect(await volunteers.service.orm.em.fork().count(HoursEntry, { assignmentId: assignment.id })).toBe(0);
  });
});

describe('a NUL byte in an argument no input rule covers', () => {
  it('is never an internal error: on PostgreSQL, which cannot store it, BAD_USER_INPUT', async () => {
    const response = await gql(organisations.url, 'query ($id: ID!) { organisation(id: $id) { id } }', { id: 'a\u0000b' }, admin);
    expect((response.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
    expect(response.data?.organisation ?? null).toBeNull();
  });
});
