import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { addDays, addYears } from '../../subgraphs/common/clock.js';
import { testClock, testEnvironment } from '../helpers/clock.js';

let orgs: RunningSubgraph;
let subgraph: RunningSubgraph;
const TERMIK = seedId('organisation', 'termik');
const RED_CROSS = seedId('organisation', 'norges-rode-kors');
let vefsn: string;
let admin: string;

beforeAll(async () => {
  // The real organisations subgraph answers the party checks over HTTP.
  orgs = await startSubgraph(createOrganisations(testEnvironment()));
  subgraph = await startSubgraph(createAgreements(testEnvironment({ ORGANISATIONS_URL: orgs.url })));
  vefsn = await tokenFor({ role: 'municipality', municipality: '1824', subject: 'kari@vefsn' });
  admin = await tokenFor({ role: 'admin', subject: 'admin@samspill' });
});
afterAll(async () => {
  await subgraph?.close();
  await orgs?.close();
});

const count = () => subgraph.service.orm.em.fork().count(Agreement, {});
const CREATE = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) {
  id status version formal isPublic startDate endDate
  commitments { side kind annualAmountNok quantity unit } requirements { kind } funding { year awardedNok disbursedNok }
  contacts { side name } documents { title url } auditTrail { actor actorRole action changes { field oldValue newValue } } } }`;
const UPDATE =
  'mutation ($id: ID!, $version: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, version: $version, input: $input) { id version title status auditTrail { actor action changes { field oldValue newValue } } } }';
const STATUS =
  'mutation ($id: ID!, $version: Int!, $status: AgreementStatus!, $on: Date) { changeAgreementStatus(id: $id, version: $version, status: $status, effectiveDate: $on) { status version terminatedOn } }';

// Dates relative to the test clock: the agreement starts next year and runs three years.
const today = testClock().today();
const START = addYears(today, 1);
const END = addYears(today, 3);
const NEXT_YEAR = Number(START.slice(0, 4));
const termikInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Samarbeidsavtale Termik',
  municipalityCode: '1824',
  organisationIds: [TERMIK],
  type: 'COLLABORATION_AGREEMENT',
  activities: ['terminal_care_companionship'],
  targetGroups: ['terminally_ill'],
  startDate: START,
  endDate: END,
  ...extra,
});

async function create(input: Record<string, unknown>, token = vefsn) {
  const response = await gql(subgraph.url, CREATE, { input }, token);
  expect(response.errors).toBeUndefined();
  return response.data.createAgreement;
}

describe('agreements subgraph: writes', () => {
  it('creates a draft with commitments per side, requirements, funding, contacts and documents, and audits it', async () => {
    const a = await create(
      termikInput({
        commitments: [
          { side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: 250000 },
          { side: 'MUNICIPALITY', kind: 'INSURANCE', description: 'yrkesskadeforsikring for de frivillige' },
          { side: 'ORGANISATION', kind: 'VOLUNTEERS', quantity: 12, unit: 'frivillige' },
        ],
        requirements: [{ kind: 'POLICE_CERTIFICATE' }, { kind: 'CONFIDENTIALITY_DECLARATION' }, { kind: 'TRAINING' }],
        funding: [{ year: NEXT_YEAR, awardedNok: 250000, disbursedNok: 125000 }],
        contacts: [
          { side: 'MUNICIPALITY', name: 'Kari Nordmann', role: 'enhetsleder' },
          { side: 'ORGANISATION', name: 'Ola Termik', organisationId: TERMIK },
        ],
        documents: [{ title: 'Signert avtale', url: 'https://vefsn.kommune.no/avtaler/termik.pdf' }],
      }),
    );
    expect(a).toMatchObject({ status: 'DRAFT', version: 1, formal: true, isPublic: true, startDate: START });
    expect(a.commitments).toHaveLength(3);
    expect(a.commitments).toContainEqual({
      side: 'ORGANISATION',
      kind: 'VOLUNTEERS',
      annualAmountNok: null,
      quantity: 12,
      unit: 'frivillige',
    });
    expect(a.requirements.map((r: { kind: string }) => r.kind).sort()).toEqual([
      'CONFIDENTIALITY_DECLARATION',
      'POLICE_CERTIFICATE',
      'TRAINING',
    ]);
    expect(a.funding).toEqual([{ year: NEXT_YEAR, awardedNok: 250000, disbursedNok: 125000 }]);
    expect(a.contacts).toHaveLength(2);
    expect(a.auditTrail).toHaveLength(1);
    expect(a.auditTrail[0]).toMatchObject({ actor: 'kari@vefsn', actorRole: 'municipality', action: 'CREATED' });
    expect(a.auditTrail[0].changes).toContainEqual({ field: 'status', oldValue: null, newValue: '"draft"' });
    expect(a.auditTrail[0].changes).toContainEqual({ field: 'title', oldValue: null, newValue: '"Samarbeidsavtale Termik"' });
  });

  it('refuses an end date before the start date, naming input.endDate, and writes nothing', async () => {
    const before = await count();
    const dayBefore = addDays(START, -1);
    const response = await gql(subgraph.url, CREATE, { input: termikInput({ endDate: dayBefore }) }, vefsn);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions).toMatchObject({ field: 'input.endDate' });
    expect(response.errors![0].message).toBe(`input.endDate: ${dayBefore} is before the start date ${START}`);
    expect(await count()).toBe(before);
  });

  it('refuses a party the organisations subgraph does not know, saying so, and writes nothing', async () => {
    const before = await count();
    const ghost = '00000000-0000-4000-8000-000000000000';
    const response = await gql(subgraph.url, CREATE, { input: termikInput({ organisationIds: [TERMIK, ghost] }) }, vefsn);
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions).toMatchObject({ field: 'input.organisationIds[1]' });
    expect(response.errors![0].message).toMatch(`the organisations subgraph does not know organisation ${ghost}`);
    expect(await count()).toBe(before);
  });

  it('lets a municipality write only its own agreements; organisations and anonymous callers write none', async () => {
    const alta = await tokenFor({ role: 'municipality', municipality: '5601' });
    expect(codes(await gql(subgraph.url, CREATE, { input: termikInput() }, alta))).toEqual(['FORBIDDEN']);
    expect(
      codes(await gql(subgraph.url, CREATE, { input: termikInput() }, await tokenFor({ role: 'organisation', organisation: TERMIK }))),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, CREATE, { input: termikInput() }))).toEqual(['UNAUTHENTICATED']);
    const mine = await create(termikInput({ title: 'Vefsn egen' }));
    expect(codes(await gql(subgraph.url, UPDATE, { id: mine.id, version: mine.version, input: { title: 'Alta tar over' } }, alta))).toEqual(
      ['FORBIDDEN'],
    );
    expect(
      (await gql(subgraph.url, UPDATE, { id: mine.id, version: mine.version, input: { title: 'Admin retter' } }, admin)).data
        .updateAgreement.title,
    ).toBe('Admin retter');
  });

  it('moves along the lifecycle only by valid transitions', async () => {
    let a = await create(termikInput({ title: 'Livsløp' }));
    const refuse = async (status: string, pattern: RegExp) => {
      const response = await gql(subgraph.url, STATUS, { id: a.id, version: a.version, status }, vefsn);
      expect(codes(response), status).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].message).toMatch(pattern);
    };
    await refuse('TERMINATED', /draft → terminated is not allowed: a draft has not taken effect/);
    await refuse('EXPIRED', /expiry follows the end date/);
    a = {
      id: a.id,
      ...(await gql(subgraph.url, STATUS, { id: a.id, version: a.version, status: 'ACTIVE' }, vefsn)).data.changeAgreementStatus,
    };
    expect(a.status).toBe('ACTIVE');
    await refuse('ACTIVE', /already active/);
    await refuse('DRAFT', /cannot go back to draft/);
    const on = addYears(START, 1);
    const ended = (await gql(subgraph.url, STATUS, { id: a.id, version: a.version, status: 'TERMINATED', on }, vefsn)).data
      .changeAgreementStatus;
    expect(ended).toMatchObject({ status: 'TERMINATED', terminatedOn: on });
    a = { id: a.id, ...ended };
    await refuse('ACTIVE', /terminated agreement is closed; renew it/);
    const dates = await gql(subgraph.url, UPDATE, { id: a.id, version: a.version, input: { endDate: addYears(END, 1) } }, vefsn);
    expect(dates.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.endDate' } });
  });

  it('stores EXPIRED when the end date has already passed at write time', async () => {
    const a = await create(
      termikInput({ title: 'Utløpt', startDate: addYears(today, -6), endDate: addYears(today, -5), status: 'ACTIVE' }),
    );
    expect(a.status).toBe('EXPIRED');
    expect(a.auditTrail[0].changes).toContainEqual({ field: 'status', oldValue: null, newValue: '"expired"' });
  });

  it('refuses a stale version with CONFLICT and audits each change with who, which fields, old and new values', async () => {
    const a = await create(termikInput({ title: 'Revisjon', funding: [{ year: NEXT_YEAR, awardedNok: 100000 }] }));
    const first = await gql(
      subgraph.url,
      UPDATE,
      { id: a.id, version: 1, input: { title: 'Revisjon 2', funding: [{ year: NEXT_YEAR, awardedNok: 120000 }] } },
      vefsn,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data.updateAgreement.version).toBe(2);
    const stale = await gql(subgraph.url, UPDATE, { id: a.id, version: 1, input: { title: 'Revisjon 3' } }, admin);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 2 });
    // A change of child rows only still bumps the version.
    const rows = await gql(
      subgraph.url,
      UPDATE,
      { id: a.id, version: 2, input: { requirements: [{ kind: 'POLICE_CERTIFICATE' }] } },
      admin,
    );
    expect(rows.data.updateAgreement.version).toBe(3);
    const trail = rows.data.updateAgreement.auditTrail;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
    expect(trail[1]).toMatchObject({ actor: 'kari@vefsn' });
    expect(trail[1].changes).toEqual([
      { field: 'title', oldValue: '"Revisjon"', newValue: '"Revisjon 2"' },
      {
        field: 'funding',
        oldValue: JSON.stringify([{ year: NEXT_YEAR, awardedNok: 100000, disbursedNok: null, awardDate: null }]),
        newValue: JSON.stringify([{ year: NEXT_YEAR, awardedNok: 120000, disbursedNok: null, awardDate: null }]),
      },
    ]);
    expect(trail[2]).toMatchObject({
      actor: 'admin@samspill',
      changes: [{ field: 'requirements', oldValue: '[]', newValue: JSON.stringify([{ kind: 'police_certificate', description: null }]) }],
    });
  });

  it('renews an agreement as a new draft linked to the one it replaces, once', async () => {
    const old = await create(
      termikInput({
        title: 'Første periode',
        status: 'ACTIVE',
        commitments: [{ side: 'ORGANISATION', kind: 'VOLUNTEERS' }],
        funding: [{ year: NEXT_YEAR, awardedNok: 5 }],
      }),
    );
    const RENEW =
      'mutation ($id: ID!, $v: Int!, $input: RenewAgreementInput!) { renewAgreement(id: $id, version: $v, input: $input) { id status title startDate endDate commitments { kind } funding { year } parties { id } proposedParties { organisation { id } status } replaces { id replacedBy { id } } } }';
    const early = await gql(subgraph.url, RENEW, { id: old.id, v: old.version, input: { startDate: START } }, vefsn);
    expect(early.errors![0]).toMatchObject({ extensions: { field: 'input.startDate' } });
    const { data, errors } = await gql(
      subgraph.url,
      RENEW,
      { id: old.id, v: old.version, input: { startDate: addDays(END, 1), endDate: addYears(END, 3), title: 'Andre periode' } },
      vefsn,
    );
    expect(errors).toBeUndefined();
    const renewal = data.renewAgreement;
    expect(renewal).toMatchObject({
      status: 'DRAFT',
      title: 'Andre periode',
      startDate: addDays(END, 1),
      commitments: [{ kind: 'VOLUNTEERS' }],
      funding: [],
    });
    // Consent is to one agreement: the renewal asks the organisations again.
    expect(renewal.parties).toEqual([]);
    expect(renewal.proposedParties).toEqual([{ organisation: { id: TERMIK }, status: 'PROPOSED' }]);
    expect(renewal.replaces).toEqual({ id: old.id, replacedBy: { id: renewal.id } });
    const again = await gql(subgraph.url, RENEW, { id: old.id, v: old.version, input: { startDate: addDays(END, 1) } }, vefsn);
    expect(again.errors![0].message).toMatch(`already renewed by ${renewal.id}`);
  });

  it('adds a party only when the organisations subgraph knows it', async () => {
    const a = await create(termikInput({ title: 'Flere parter' }));
    const ok = await gql(subgraph.url, UPDATE, { id: a.id, version: a.version, input: { organisationIds: [TERMIK, RED_CROSS] } }, vefsn);
    expect(ok.errors).toBeUndefined();
    const bad = await gql(
      subgraph.url,
      UPDATE,
      { id: a.id, version: 2, input: { organisationIds: [TERMIK, 'no-such-organisation'] } },
      vefsn,
    );
    expect(bad.errors![0].message).toMatch(
      'input.organisationIds[1]: the organisations subgraph does not know organisation no-such-organisation',
    );
  });
});
