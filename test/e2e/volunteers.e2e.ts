import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  // The stack tells the volunteers subgraph where agreements is (AGREEMENTS_URL).
  stack = await startStack();
});
afterAll(() => stack?.close());

const TROMSO_AGREEMENT = seedId('agreement', 'tromso-sykehjem');
const VOLUNTEER = seedId('volunteer', 'tromso-rode-kors-1');
const through = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(stack.gatewayUrl, query, variables, who ? await tokenFor(who) : undefined);
const direct = async (who: TokenRequest | null, query: string, variables?: Record<string, unknown>) =>
  gql(stack.subgraphUrls.volunteers, query, variables, who ? await tokenFor(who) : undefined);

const PERSONAL =
  'name email phone birthYear version erasedAt municipality { code } languages skills activities availability compliance { policeCertificateValidUntil } complianceRecords { kind } consents { purpose } engagements { status } assignments { place } interests { status } hoursTotals { year }';
const ON_AGREEMENT = `query ($id: ID!) { agreement(id: $id) { title assignments { place volunteer { id ${PERSONAL} } } } }`;

describe('volunteers through the gateway', () => {
  it.each([
    ['anonymous', null],
    ['researcher', { role: 'researcher' } as TokenRequest],
  ])('gives %s no personal field by any path', async (_name, who) => {
    const onAgreement = await through(who, ON_AGREEMENT, { id: TROMSO_AGREEMENT });
    expect(onAgreement.errors).toBeUndefined();
    expect(onAgreement.data.agreement).toEqual({ title: 'Frivillige inn i sykehjemmet', assignments: [] });
    expect(codes(await through(who, `query ($id: ID!) { volunteer(id: $id) { ${PERSONAL} } }`, { id: VOLUNTEER }))).toEqual([
      who ? 'FORBIDDEN' : 'UNAUTHENTICATED',
    ]);
    // The subgraph is reachable past the gateway too: an _entities reference sent straight to it still resolves no personal field.
    const { data, errors } = await direct(
      who,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { id ${PERSONAL} } } }`,
      { r: [{ __typename: 'Volunteer', id: VOLUNTEER }] },
    );
    expect(errors).toBeUndefined();
    const { id, ...fields } = data._entities[0];
    expect(id).toBe(VOLUNTEER);
    expect(Object.values(fields).every((value) => value === null)).toBe(true);
    const viaAgreementRef = await direct(
      who,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { assignments { volunteer { ${PERSONAL} } } } } }`,
      {
        r: [{ __typename: 'Agreement', id: TROMSO_AGREEMENT }],
      },
    );
    expect(viaAgreementRef.data._entities[0].assignments).toEqual([]);
    const work = await direct(
      who,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Assignment { place volunteer { name } } ... on HoursEntry { hours } } }',
      {
        r: [
          { __typename: 'Assignment', id: seedId('assignment', VOLUNTEER) },
          { __typename: 'HoursEntry', id: seedId('hours', `${VOLUNTEER}-2025-1`) },
        ],
      },
    );
    expect(work.data._entities).toEqual([null, null]);
  });

  it('shows the municipality of the agreement names and compliance through Agreement.assignments, nothing more', async () => {
    const { data, errors } = await through({ role: 'municipality', municipality: '5501' }, ON_AGREEMENT, { id: TROMSO_AGREEMENT });
    expect(errors).toBeUndefined();
    expect(data.agreement.assignments).toHaveLength(6);
    for (const { volunteer } of data.agreement.assignments) {
      expect(volunteer.name).toBeTruthy();
      expect(volunteer.compliance.policeCertificateValidUntil).toBeTruthy();
      expect(volunteer.complianceRecords.map((r: { kind: string }) => r.kind)).toContain('POLICE_CERTIFICATE');
      const { id: _id, name: _name, compliance: _c, complianceRecords: _r, ...rest } = volunteer;
      expect(Object.values(rest).every((value) => value === null)).toBe(true);
    }
  });

  it('shows the engaged organisation its volunteers in full', async () => {
    const { data } = await through({ role: 'organisation', organisation: seedId('organisation', 'tromso-rode-kors') }, ON_AGREEMENT, {
      id: TROMSO_AGREEMENT,
    });
    expect(data.agreement.assignments.every((a: { volunteer: { email: string } }) => a.volunteer.email.endsWith('@example.org'))).toBe(
      true,
    );
  });

  it('joins opportunities with their agreement, organisation and municipality, for anyone', async () => {
    const { data, errors } = await through(
      null,
      '{ municipality(code: "4601") { name opportunities { title organisation { name } agreement { title } } volunteerStats(year: 2025) { activeVolunteers fullTimeEquivalents } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.municipality.opportunities).toEqual([
      { title: 'Flyktningguide', organisation: { name: 'Bergen Røde Kors' }, agreement: { title: 'Røde Kors Flyktningguide' } },
    ]);
    expect(data.municipality.volunteerStats).toEqual({ activeVolunteers: 7, fullTimeEquivalents: 0.3 });
  });

  it('publishes an opportunity after asking the agreements subgraph, and refuses an unknown agreement', async () => {
    const create =
      'mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { title agreement { title } municipality { name } } }';
    const input = {
      title: 'Besøksvenn på sykehjem',
      agreementId: TROMSO_AGREEMENT,
      activity: 'visiting_service',
      place: 'Sykehjem i Tromsø kommune',
      places: 3,
      startDate: '2027-01-01',
    };
    const tromso: TokenRequest = { role: 'municipality', municipality: '5501' };
    const { data, errors } = await through(tromso, create, { input });
    expect(errors).toBeUndefined();
    expect(data.createOpportunity).toEqual({
      title: 'Besøksvenn på sykehjem',
      agreement: { title: 'Frivillige inn i sykehjemmet' },
      municipality: { name: 'Tromsø' },
    });
    const unknown = await through(tromso, create, { input: { ...input, agreementId: seedId('agreement', 'does-not-exist') } });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0].message).toMatch(/input\.agreementId.*unknown agreement/);
  });

  it('gives the volunteer all own data as one JSON document, and no one else', async () => {
    const { data, errors } = await through({ role: 'volunteer', volunteer: VOLUNTEER }, '{ myData }');
    expect(errors).toBeUndefined();
    expect(data.myData.volunteer).toMatchObject({ id: VOLUNTEER, email: expect.stringMatching(/@example\.org$/) });
    expect(data.myData.assignments[0].hours.length).toBeGreaterThan(0);
    expect(codes(await through(null, '{ myData }'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await through({ role: 'researcher' }, '{ myData }'))).toEqual(['FORBIDDEN']);
    expect(codes(await through({ role: 'organisation', organisation: seedId('organisation', 'tromso-rode-kors') }, '{ myData }'))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('refuses every compliance write by an organisation that knows the volunteer only through an interest', async () => {
    const volunteer = seedId('volunteer', 'termik-2');
    const interest = await through(
      { role: 'volunteer', volunteer },
      'mutation ($o: ID!) { expressInterest(opportunityId: $o) { status } }',
      { o: seedId('opportunity', 'alta-matombringing') },
    );
    expect(interest.errors).toBeUndefined();
    const altaFs: TokenRequest = { role: 'organisation', organisation: seedId('organisation', 'alta-frivilligsentral') };
    const seen = await through(altaFs, 'query ($id: ID!) { volunteer(id: $id) { name email } }', { id: volunteer });
    expect(seen.data.volunteer).toEqual({ name: expect.any(String), email: null });
    const writes = [
      'mutation ($v: ID!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: "2020-01-02", validUntil: "2020-01-03") { policeCertificateValidUntil } }',
      'mutation ($v: ID!) { recordConfidentialityDeclaration(volunteerId: $v, signedOn: "2020-01-02") { confidentialitySignedOn } }',
      'mutation ($v: ID!) { recordTrainingCourse(volunteerId: $v, course: "x", completedOn: "2020-01-02") { courses { course } } }',
    ];
    const answers = await Promise.all(writes.map((query) => through(altaFs, query, { v: volunteer })));
    expect(answers.flatMap(codes)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const records = await through({ role: 'volunteer', volunteer }, '{ me { complianceRecords { verifiedOn } } }');
    expect(records.data.me.complianceRecords.map((r: { verifiedOn: string }) => r.verifiedOn)).not.toContain('2020-01-02');
  });

  it('shows organisation statistics with the complementary cell suppressed', async () => {
    const { data } = await through(
      null,
      '{ organisation(orgNumber: "864139442") { chapters { name volunteerStats(year: 2025) { activeVolunteers suppressed } } } }',
    );
    const chapter = (name: string) => data.organisation.chapters.find((c: { name: string }) => c.name === name).volunteerStats;
    expect(chapter('Alta Røde Kors')).toEqual({ activeVolunteers: null, suppressed: true });
    expect(chapter('Tromsø Røde Kors')).toEqual({ activeVolunteers: 6, suppressed: false });
  });
});
