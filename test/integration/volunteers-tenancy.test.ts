import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenRequest } from '../../subgraphs/common/auth.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import type { AgreementDirectory, AgreementInfo } from '../../subgraphs/volunteers/clients/agreements.client.js';
import { Assignment } from '../../subgraphs/volunteers/entities/assignment.entity.js';
import { ComplianceRecord } from '../../subgraphs/volunteers/entities/compliance-record.entity.js';
import { Engagement } from '../../subgraphs/volunteers/entities/engagement.entity.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

/*
 * No tenant reaches another's people (issue 11). The agreement directory is a stand-in that
 * answers as the agreements subgraph does once parties must consent: an organisation is listed
 * as a party only after it accepted the agreement.
 */
const org = (slug: string) => seedId('organisation', slug);
const agreement = (slug: string) => seedId('agreement', slug);
const volunteer = (slug: string) => seedId('volunteer', slug);
const ALTA_FS = org('alta-frivilligsentral');
const ALTA_RK = org('alta-rode-kors');
const TERMIK = org('termik');
/** Made by Vefsn (1824) naming Alta frivilligsentral, which has not accepted it. */
const PROPOSAL = seedId('agreement', 'test-vefsn-proposal');
/** Made by Vefsn naming Alta frivilligsentral, which accepted it; and one still a draft. */
const ACCEPTED = seedId('agreement', 'test-vefsn-accepted');
const DRAFT = seedId('agreement', 'test-vefsn-draft');
/** Alta's own agreement requiring a politiattest, accepted by both Alta organisations. */
const ALTA_CARE = seedId('agreement', 'test-alta-care');

const none = { policeCertificate: false, confidentialityDeclaration: false, training: false };
const info = (id: string, municipalityCode: string, partyIds: string[], extra: Partial<AgreementInfo> = {}): AgreementInfo => ({
  id,
  municipalityCode,
  status: 'ACTIVE',
  partyIds,
  closed: false,
  requires: none,
  ...extra,
});
const AGREEMENTS = new Map<string, AgreementInfo>(
  [
    info(agreement('alta-frivilligsentral'), '5601', [ALTA_FS, ALTA_RK]),
    info(agreement('vefsn-termik'), '1824', [TERMIK]),
    info(PROPOSAL, '1824', []),
    info(ACCEPTED, '1824', [ALTA_FS]),
    info(DRAFT, '1824', [ALTA_FS], { status: 'DRAFT' }),
    info(ALTA_CARE, '5601', [ALTA_FS, ALTA_RK], { requires: { ...none, policeCertificate: true } }),
  ].map((a) => [a.id, a]),
);
const directory: AgreementDirectory = {
  find: async (_call, ids) => new Map(ids.flatMap((id) => (AGREEMENTS.has(id) ? [[id, AGREEMENTS.get(id)!] as const] : []))),
};

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startSubgraph(createVolunteers({ ...testEnvironment(), agreements: directory }));
});
afterAll(() => subgraph?.close());

const VEFSN: TokenRequest = { role: 'municipality', municipality: '1824' };
const asOrg = (id: string): TokenRequest => ({ role: 'organisation', organisation: id });
const today = () => testClock().today();
const call = async (who: TokenRequest, query: string, variables?: Record<string, unknown>) =>
  gql(subgraph.url, query, variables, await tokenFor(who));
const em = () => subgraph.service.orm.em.fork();
const nameOf = async (who: TokenRequest, id: string) =>
  (await call(who, 'query ($id: ID!) { volunteer(id: $id) { name } }', { id })).data.volunteer?.name ?? null;
const entityName = async (who: TokenRequest, id: string) =>
  (
    await call(
      who,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Volunteer { name compliance { policeCertificateValidUntil } } } }',
      { r: [{ __typename: 'Volunteer', id }] },
    )
  ).data._entities[0];
const ASSIGN = 'mutation ($input: CreateAssignmentInput!) { createAssignment(input: $input) { id status version } }';
const assignInput = (volunteerId: string, organisationId: string, agreementId: string) => ({
  volunteerId,
  organisationId,
  agreementId,
  place: 'Vefsn',
  activity: 'visiting_service',
  startDate: addDays(today(), -10),
});
const TRANSITION =
  'mutation ($id: ID!, $s: AssignmentStatus!, $v: Int!) { transitionAssignment(id: $id, status: $s, version: $v) { status } }';
const WRITES = [
  [
    'recordPoliceCertificate',
    'mutation ($v: ID!, $on: Date!, $until: Date!) { recordPoliceCertificate(volunteerId: $v, verifiedOn: $on, validUntil: $until) { policeCertificateValidUntil } }',
  ],
  [
    'recordConfidentialityDeclaration',
    'mutation ($v: ID!, $on: Date!, $until: Date!) { recordConfidentialityDeclaration(volunteerId: $v, signedOn: $on, validUntil: $until) { confidentialityValidUntil } }',
  ],
  [
    'recordTrainingCourse',
    'mutation ($v: ID!, $on: Date!) { recordTrainingCourse(volunteerId: $v, course: "x", completedOn: $on) { courses { course } } }',
  ],
] as const;
/** The three compliance writes of issue 11, with the repro's dates (a certificate that runs out tomorrow). */
const tryCompliance = (who: TokenRequest, v: string) =>
  Promise.all(WRITES.map(([, query]) => call(who, query, { v, on: addDays(today(), -1), until: today() })));

describe("a municipality cannot reach another municipality's volunteers by naming their organisation (issue 11 repro)", () => {
  const HER = volunteer('alta-frivilligsentral-2');

  it('refuses the assignment, keeps her name hidden and her compliance untouched, even if an assignment was already made that way', async () => {
    expect(await nameOf(VEFSN, HER)).toBeNull();
    const [assignments, engagements, records] = [
      await em().count(Assignment, {}),
      await em().count(Engagement, {}),
      await em().count(ComplianceRecord, { volunteerId: HER }),
    ];
    const refused = await call(VEFSN, ASSIGN, { input: assignInput(HER, ALTA_FS, PROPOSAL) });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.organisationId' } });
    expect([await em().count(Assignment, {}), await em().count(Engagement, {})]).toEqual([assignments, engagements]);

    // Such an assignment may exist from before the rule: it opens nothing, since Alta frivilligsentral never accepted.
    const writer = em();
    const planted = writer.create(Assignment, {
      volunteerId: HER,
      organisationId: ALTA_FS,
      agreementId: PROPOSAL,
      municipalityCode: '1824',
      place: 'Vefsn',
      activity: 'visiting_service',
      startDate: today(),
    });
    await writer.flush();
    expect(await nameOf(VEFSN, HER)).toBeNull();
    expect(await entityName(VEFSN, HER)).toEqual({ name: null, compliance: null });
    const onProposal = await call(
      VEFSN,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { assignments { id } } ... on Assignment { place } } }',
      {
        r: [
          { __typename: 'Agreement', id: PROPOSAL },
          { __typename: 'Assignment', id: planted.id },
        ],
      },
    );
    expect(onProposal.data._entities).toEqual([{ assignments: [] }, null]);
    const listed = (await call(VEFSN, '{ volunteers(first: 100) { edges { node { id } } } }')).data.volunteers.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(listed).toContain(volunteer('termik-1'));
    expect(listed).not.toContain(HER);
    expect(codes(await call(VEFSN, TRANSITION, { id: planted.id, s: 'CANCELLED', v: planted.version }))).toEqual(['FORBIDDEN']);

    const writes = await tryCompliance(VEFSN, HER);
    expect(writes.map((w) => w.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await em().count(ComplianceRecord, { volunteerId: HER })).toBe(records);
  });
});

describe('a municipality assigns only volunteers already engaged with a party that accepted, under an active agreement', () => {
  it('assigns an engaged volunteer of the accepted party and then sees name and compliance, nothing more, and never writes compliance', async () => {
    const engaged = volunteer('alta-frivilligsentral-3');
    const { data, errors } = await call(VEFSN, ASSIGN, { input: assignInput(engaged, ALTA_FS, ACCEPTED) });
    expect(errors).toBeUndefined();
    expect(data.createAssignment.status).toBe('PLANNED');
    const seen = await call(VEFSN, 'query ($id: ID!) { volunteer(id: $id) { name email } }', { id: engaged });
    expect(seen.data.volunteer).toEqual({ name: expect.any(String), email: null });
    expect((await tryCompliance(VEFSN, engaged)).map((w) => w.errors?.[0]?.extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
  });

  it('refuses under a draft, and answers alike for a volunteer who is not engaged with the party and one who does not exist', async () => {
    const before = await em().count(Assignment, {});
    const draft = await call(VEFSN, ASSIGN, { input: assignInput(volunteer('alta-frivilligsentral-4'), ALTA_FS, DRAFT) });
    expect(draft.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.agreementId' } });
    const stranger = await call(VEFSN, ASSIGN, { input: assignInput(volunteer('termik-1'), ALTA_FS, ACCEPTED) });
    const nobody = await call(VEFSN, ASSIGN, { input: assignInput(seedId('volunteer', 'nobody'), ALTA_FS, ACCEPTED) });
    for (const refused of [stranger, nobody])
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.volunteerId' } });
    const shape = (message: string) => message.replace(/has id \S+;/, 'has id …;');
    expect(shape(stranger.errors![0].message)).toBe(shape(nobody.errors![0].message));
    expect(await em().count(Assignment, {})).toBe(before);
  });

  it('loses sight of the volunteer when the engagement with the organisation ends', async () => {
    const leaving = volunteer('alta-frivilligsentral-5');
    expect((await call(VEFSN, ASSIGN, { input: assignInput(leaving, ALTA_FS, ACCEPTED) })).errors).toBeUndefined();
    expect(await nameOf(VEFSN, leaving)).toEqual(expect.any(String));
    const engagement = await em().findOneOrFail(Engagement, { volunteerId: leaving, organisationId: ALTA_FS });
    const archived = await call(
      asOrg(ALTA_FS),
      'mutation ($id: ID!, $v: Int!) { transitionEngagement(id: $id, status: ARCHIVED, version: $v) { status } }',
      { id: engagement.id, v: engagement.version },
    );
    expect(archived.errors).toBeUndefined();
    expect(await nameOf(VEFSN, leaving)).toBeNull();
  });
});

describe('compliance records are per verifier, with history', () => {
  // Interested in Alta frivilligsentral's meal delivery, engaged only with Termik.
  const INTERESTED = volunteer('termik-2');

  it('refuses all six compliance writes by callers who only see the name: an organisation through an interest, a municipality through an assignment', async () => {
    const interest = await call(
      { role: 'volunteer', volunteer: INTERESTED },
      'mutation ($o: ID!) { expressInterest(opportunityId: $o) { status } }',
      { o: seedId('opportunity', 'alta-matombringing') },
    );
    expect(interest.errors).toBeUndefined();
    expect(await nameOf(asOrg(ALTA_FS), INTERESTED)).toEqual(expect.any(String));
    const before = await em().count(ComplianceRecord, {});
    const byInterest = await tryCompliance(asOrg(ALTA_FS), INTERESTED);
    const byMunicipality = await tryCompliance(VEFSN, volunteer('termik-3'));
    const succeeded = [...byInterest, ...byMunicipality].filter((w) => !w.errors);
    expect(succeeded).toHaveLength(0);
    expect(byInterest.map((w) => w.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await em().count(ComplianceRecord, {})).toBe(before);
  });

  it("starts an assignment only on a politiattest by its own organisation (or an admin): another party's record neither unblocks nor blocks it", async () => {
    const v = volunteer('alta-frivilligsentral-6');
    const self: TokenRequest = { role: 'volunteer', volunteer: v };
    expect(
      (await call(self, 'mutation ($o: ID!) { createEngagement(organisationId: $o) { status } }', { o: ALTA_RK })).errors,
    ).toBeUndefined();
    const assign = async () =>
      (await call(asOrg(ALTA_FS), ASSIGN, { input: { ...assignInput(v, ALTA_FS, ALTA_CARE), place: 'Alta' } })).data.createAssignment;
    const start = async (a: { id: string; version: number }) => call(asOrg(ALTA_FS), TRANSITION, { id: a.id, s: 'ACTIVE', v: a.version });
    const certificate = (who: string, on: string, until: string) => call(asOrg(who), WRITES[0][1], { v, on, until });

    const first = await assign();
    expect((await certificate(ALTA_RK, addDays(today(), -1), addDays(today(), 700))).errors).toBeUndefined();
    expect(codes(await start(first))).toEqual(['BAD_USER_INPUT']);
    expect((await certificate(ALTA_FS, addDays(today(), -1), addDays(today(), 700))).errors).toBeUndefined();
    expect((await start(first)).data.transitionAssignment.status).toBe('ACTIVE');
    // An expired certificate recorded later by the other organisation changes nothing for Alta frivilligsentral's work.
    expect((await certificate(ALTA_RK, addDays(today(), -400), addDays(today(), -30))).errors).toBeUndefined();
    expect((await start(await assign())).data.transitionAssignment.status).toBe('ACTIVE');

    const RECORDS =
      'query ($id: ID!) { volunteer(id: $id) { complianceRecords { verifiedOn validUntil verifier { kind organisation { id } } } compliance { policeCertificateValidUntil } } }';
    const recordsAs = async (who: TokenRequest) => (await call(who, RECORDS, { id: v })).data.volunteer;
    const mine = await recordsAs(self);
    expect(mine.complianceRecords.map((r: { verifier: { organisation: { id: string } } }) => r.verifier.organisation.id).sort()).toEqual(
      [ALTA_FS, ALTA_RK, ALTA_RK].sort(),
    );
    const fs = await recordsAs(asOrg(ALTA_FS));
    expect(fs.complianceRecords).toEqual([
      {
        verifiedOn: addDays(today(), -1),
        validUntil: addDays(today(), 700),
        verifier: { kind: 'ORGANISATION', organisation: { id: ALTA_FS } },
      },
    ]);
    expect(
      (await recordsAs(asOrg(ALTA_RK))).complianceRecords.map(
        (r: { verifier: { organisation: { id: string } } }) => r.verifier.organisation.id,
      ),
    ).toEqual([ALTA_RK, ALTA_RK]);
    // Alta (5601) sees the volunteer through Alta frivilligsentral's assignments: that organisation's records only.
    const municipality = await recordsAs({ role: 'municipality', municipality: '5601' });
    expect(municipality.complianceRecords.map((r: { verifier: { organisation: { id: string } } }) => r.verifier.organisation.id)).toEqual([
      ALTA_FS,
    ]);
    expect(municipality.compliance.policeCertificateValidUntil).toBe(addDays(today(), 700));
  });
});

describe('matching reasons say nothing the caller cannot read', () => {
  it('gives an organisation that knows a candidate only through an interest no reason about residence, wishes, skills or availability', async () => {
    const candidate = volunteer('termik-4');
    expect(
      (
        await call({ role: 'volunteer', volunteer: candidate }, 'mutation ($o: ID!) { expressInterest(opportunityId: $o) { status } }', {
          o: seedId('opportunity', 'alta-matombringing'),
        })
      ).errors,
    ).toBeUndefined();
    const { data, errors } = await call(
      asOrg(ALTA_FS),
      'query ($o: ID!) { candidatesFor(opportunityId: $o, first: 100) { volunteer { id name email } interested score reasons { criterion met detail } } }',
      {
        o: seedId('opportunity', 'alta-matombringing'),
      },
    );
    expect(errors).toBeUndefined();
    const match = data.candidatesFor.find((c: { volunteer: { id: string } }) => c.volunteer.id === candidate);
    expect(match).toMatchObject({ interested: true, volunteer: { email: null } });
    expect(match.reasons.map((r: { criterion: string }) => r.criterion)).toEqual(['COMPLIANCE', 'PERIOD', 'PLACES']);
    expect(JSON.stringify(match.reasons)).not.toMatch(/lives|wants|asked for|skills|lacks|available/);
    // Its own engaged volunteers it sees in full, with every reason.
    const own = data.candidatesFor.find((c: { interested: boolean }) => !c.interested);
    expect(own.reasons.map((r: { criterion: string }) => r.criterion)).toEqual([
      'MUNICIPALITY',
      'ACTIVITY',
      'SKILLS',
      'AVAILABILITY',
      'COMPLIANCE',
      'PERIOD',
      'PLACES',
    ]);
  });
});
