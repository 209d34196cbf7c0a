import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationsClient } from '../../subgraphs/agreements/clients/organisations.client.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { QueryOrder } from '@mikro-orm/core';
import { visibleAgreements } from '../../subgraphs/agreements/access.js';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { AgreementParty } from '../../subgraphs/agreements/entities/agreement-party.entity.js';
import { loaders } from '../../subgraphs/agreements/loaders.js';
import { PartyStatus } from '../../subgraphs/agreements/enums.js';
import { ANONYMOUS, type Caller } from '../../subgraphs/common/auth.js';
import { createContext } from '../../subgraphs/common/context.js';

// Reads need no organisations subgraph: a directory that knows every id stands in for it.
const everyone: OrganisationsClient = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const A = seedId('organisation', 'test-a');
const B = seedId('organisation', 'test-b');
let subgraph: RunningSubgraph;
const statements: string[] = [];
let drammen: string;
const ids: Record<string, string> = {};
const today = testClock().today();
// This year's funding; the agreements started on 1 January.
const YEAR = Number(today.slice(0, 4));
const JAN_1 = `${YEAR}-01-01`;

const CREATE = 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }';
async function create(name: string, input: Record<string, unknown>) {
  const { data, errors } = await gql(
    subgraph.url,
    CREATE,
    { input: { title: name, municipalityCode: '3301', organisationIds: [A], type: 'OPERATING_GRANT', ...input } },
    drammen,
  );
  expect(errors).toBeUndefined();
  ids[name] = data.createAgreement.id;
}

beforeAll(async () => {
  subgraph = await startSubgraph(createAgreements({ ...testEnvironment(), organisations: everyone }), {
    onQuery: (sql) => statements.push(sql),
  });
  drammen = await tokenFor({ role: 'municipality', municipality: '3301' });
  await create('Driftsstøtte', {
    status: 'ACTIVE',
    startDate: JAN_1,
    activities: ['visiting_service'],
    funding: [{ year: YEAR, awardedNok: 300000, disbursedNok: 100000 }],
    commitments: [{ side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: 300000 }],
  });
  await create('Prosjektstøtte', {
    type: 'PROJECT_GRANT',
    status: 'ACTIVE',
    startDate: JAN_1,
    endDate: addDays(today, 20),
    activities: ['transport'],
    funding: [{ year: YEAR, awardedNok: 50000 }],
    commitments: [{ side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: 50000 }],
  });
  await create('Hemmelig', {
    type: 'COLLABORATION_AGREEMENT',
    isPublic: false,
    organisationIds: [B],
    status: 'ACTIVE',
    funding: [{ year: YEAR, awardedNok: 7000 }],
    contacts: [{ side: 'MUNICIPALITY', name: 'Per Hansen' }],
  });
  await create('Utkast', { type: 'INFORMAL_COOPERATION', commitments: [{ side: 'ORGANISATION', kind: 'ACTIVITIES' }] });
  // A and B accept being parties (until then they are proposals, see agreements-parties.test.ts).
  for (const organisation of [A, B]) {
    const token = await tokenFor({ role: 'organisation', organisation });
    const waiting = (await gql(subgraph.url, '{ agreementProposals { id } }', {}, token)).data.agreementProposals;
    for (const { id } of waiting)
      expect(
        (await gql(subgraph.url, 'mutation ($id: ID!) { respondToAgreement(agreementId: $id, accept: true) { id } }', { id }, token))
          .errors,
      ).toBeUndefined();
  }
});
afterAll(() => subgraph?.close());

const titles = (response: { data?: any }, field = 'agreements') =>
  response.data[field].edges.map((e: { node: { title: string } }) => e.node.title).sort();
const list = (filter: Record<string, unknown>, token?: string) =>
  gql(
    subgraph.url,
    'query ($f: AgreementFilter) { agreements(filter: $f, first: 100) { totalCount edges { node { title } } } }',
    { f: filter },
    token,
  );

describe('agreements subgraph: reads', () => {
  it('shows each role what it may see: public records to all, non-public ones to the parties and admins', async () => {
    const cases: [string | undefined, boolean][] = [
      [undefined, false],
      [await tokenFor({ role: 'volunteer', volunteer: 'v1' }), false],
      [await tokenFor({ role: 'researcher' }), false],
      [await tokenFor({ role: 'municipality', municipality: '5601' }), false],
      [await tokenFor({ role: 'organisation', organisation: A }), false],
      [await tokenFor({ role: 'organisation', organisation: B }), true],
      [drammen, true],
      [await tokenFor({ role: 'admin' }), true],
    ];
    for (const [token, sees] of cases) {
      const one = await gql(
        subgraph.url,
        'query ($id: ID!) { agreement(id: $id) { title contacts { name } } }',
        { id: ids.Hemmelig },
        token,
      );
      expect(one.data.agreement?.title ?? null, String(token)).toBe(sees ? 'Hemmelig' : null);
      expect(titles(await list({ municipalityCode: '3301' }, token)).includes('Hemmelig')).toBe(sees);
      if (sees) expect(one.data.agreement.contacts).toEqual([{ name: 'Per Hansen' }]);
    }
  });

  it('hides contact persons and the audit trail of a public agreement from non-parties', async () => {
    const q = 'query ($id: ID!) { agreement(id: $id) { title contacts { name } auditTrail { action } } }';
    expect((await gql(subgraph.url, q, { id: ids.Driftsstøtte })).data.agreement).toEqual({
      title: 'Driftsstøtte',
      contacts: null,
      auditTrail: null,
    });
    const mine = (await gql(subgraph.url, q, { id: ids.Driftsstøtte }, await tokenFor({ role: 'organisation', organisation: A }))).data
      .agreement;
    expect(mine.auditTrail).toEqual([{ action: 'CREATED' }, { action: 'PARTY_ACCEPTED' }]);
  });

  it('filters by municipality, county, organisation, type, status, activity and date in force', async () => {
    expect(titles(await list({ countyCode: '33' }, drammen))).toEqual(['Driftsstøtte', 'Hemmelig', 'Prosjektstøtte', 'Utkast']);
    expect((await list({ countyCode: '03' }, drammen)).data.agreements.totalCount).toBe(0);
    expect(codes(await list({ countyCode: '99' }))).toEqual(['BAD_USER_INPUT']);
    expect(titles(await list({ organisationId: B }, drammen))).toEqual(['Hemmelig']);
    expect(titles(await list({ municipalityCode: '3301', types: ['PROJECT_GRANT', 'INFORMAL_COOPERATION'] }))).toEqual([
      'Prosjektstøtte',
      'Utkast',
    ]);
    expect(titles(await list({ municipalityCode: '3301', statuses: ['DRAFT'] }))).toEqual(['Utkast']);
    expect(titles(await list({ municipalityCode: '3301', activity: 'transport' }))).toEqual(['Prosjektstøtte']);
    expect(codes(await list({ activity: 'knitting' }))).toEqual(['BAD_USER_INPUT']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: today }))).toEqual(['Driftsstøtte', 'Prosjektstøtte']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: addDays(today, 21) }))).toEqual(['Driftsstøtte']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: addDays(JAN_1, -1) }))).toEqual([]);
  });

  it('pages as a Relay connection', async () => {
    const first = (
      await gql(
        subgraph.url,
        '{ agreements(first: 1, filter: { municipalityCode: "3301" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }',
      )
    ).data.agreements;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = (
      await gql(
        subgraph.url,
        'query ($a: String) { agreements(first: 5, after: $a, filter: { municipalityCode: "3301" }) { edges { node { title } } pageInfo { hasNextPage } } }',
        { a: first.pageInfo.endCursor },
      )
    ).data.agreements;
    expect(next.edges).toHaveLength(2);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('lists active agreements that end within a number of days', async () => {
    const q =
      'query ($d: Int!) { expiringAgreements(withinDays: $d, municipalityCode: "3301") { totalCount edges { node { title endDate } } } }';
    expect(titles(await gql(subgraph.url, q, { d: 30 }), 'expiringAgreements')).toEqual(['Prosjektstøtte']);
    expect((await gql(subgraph.url, q, { d: 19 })).data.expiringAgreements.totalCount).toBe(0);
    expect(codes(await gql(subgraph.url, q, { d: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('totals agreementStats per municipality by type and status with funding, counting what the caller may see', async () => {
    const q = `query ($r: [_Any!]!, $y: Int) { _entities(representations: $r) { ... on Municipality { code agreementStats(year: $y) {
      total byType { type count } byStatus { status count } fundingAwardedNok fundingDisbursedNok committedAnnualFundingNok } } } }`;
    const r = [
      { __typename: 'Municipality', code: '3301' },
      { __typename: 'Municipality', code: '5601' },
    ];
    const [own, alta] = (await gql(subgraph.url, q, { r, y: YEAR }, drammen)).data._entities;
    const count = (rows: { count: number; type?: string; status?: string }[], key: string) =>
      rows.find((x) => x.type === key || x.status === key)!.count;
    expect(own.agreementStats).toMatchObject({
      total: 4,
      fundingAwardedNok: 357000,
      fundingDisbursedNok: 100000,
      committedAnnualFundingNok: 350000,
    });
    expect(count(own.agreementStats.byType, 'OPERATING_GRANT')).toBe(1);
    expect(count(own.agreementStats.byType, 'SERVICE_CONTRACT')).toBe(0);
    expect(count(own.agreementStats.byStatus, 'ACTIVE')).toBe(3);
    expect(count(own.agreementStats.byStatus, 'DRAFT')).toBe(1);
    expect(alta.agreementStats.total).toBeGreaterThan(0);
    const anonymous = (await gql(subgraph.url, q, { r, y: YEAR })).data._entities[0].agreementStats;
    expect(anonymous).toMatchObject({ total: 3, fundingAwardedNok: 350000 });
    const otherYear = (await gql(subgraph.url, q, { r, y: YEAR - 1 }, drammen)).data._entities[0].agreementStats;
    expect(otherYear).toMatchObject({ total: 4, fundingAwardedNok: 0 });
  });

  it('adds agreements to Municipality and Organisation references', async () => {
    const q =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code agreements { title } } ... on Organisation { id agreements { title } } } }';
    const r = [
      { __typename: 'Municipality', code: '3301' },
      { __typename: 'Organisation', id: B },
      { __typename: 'Organisation', id: seedId('organisation', 'termik') },
    ];
    const [municipality, b, termik] = (await gql(subgraph.url, q, { r }, drammen)).data._entities;
    expect(municipality.agreements.map((a: { title: string }) => a.title).sort()).toEqual([
      'Driftsstøtte',
      'Hemmelig',
      'Prosjektstøtte',
      'Utkast',
    ]);
    expect(b.agreements).toEqual([{ title: 'Hemmelig' }]);
    expect(termik.agreements).toEqual([{ title: 'Pleie av terminale pasienter' }]);
  });

  it('batches: the agreements of many municipalities and their parts cost one query per kind', async () => {
    const codes = ['3301', '5601', '1505', '5037', '4030', '1130', '5501', '1824', '1106', '4601'];
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code agreements {
      title parties { id } commitments { kind } requirements { kind } funding { year } documents { title } } } } }`;
    statements.length = 0;
    const { data, errors } = await gql(subgraph.url, q, { r: codes.map((code) => ({ __typename: 'Municipality', code })) }, drammen);
    expect(errors).toBeUndefined();
    expect(data._entities.flatMap((m: { agreements: unknown[] }) => m.agreements).length).toBeGreaterThan(10);
    // The agreements with their parties in one statement, then commitments, requirements, funding and documents once each; a read writes nothing.
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(5);
    expect(statements.filter((sql) => !/^select/i.test(sql))).toEqual([]);
  });

  it('lists Municipality.agreements and Organisation.agreements through plain SQL exactly as the ORM filter does, for every role', async () => {
    // Non-public agreements elsewhere: one C was invited to (proposed), one D declined, one C accepted.
    const [C, D] = [seedId('organisation', 'test-c'), seedId('organisation', 'test-d')];
    const admin = await tokenFor({ role: 'admin' });
    const made: Record<string, string> = {};
    for (const [title, organisationIds] of [
      ['Invitert', [C, A]],
      ['Avslått', [D]],
      ['Godtatt', [C]],
    ] as const) {
      const input = { title, municipalityCode: '3303', organisationIds, type: 'PROJECT_GRANT', isPublic: false, startDate: JAN_1 };
      const { data, errors } = await gql(subgraph.url, CREATE, { input }, admin);
      expect(errors).toBeUndefined();
      made[title] = data.createAgreement.id;
    }
    const answer = async (organisation: string, id: string, accept: boolean) =>
      expect(
        (
          await gql(
            subgraph.url,
            'mutation ($id: ID!, $accept: Boolean!) { respondToAgreement(agreementId: $id, accept: $accept) { id } }',
            { id, accept },
            await tokenFor({ role: 'organisation', organisation }),
          )
        ).errors,
      ).toBeUndefined();
    await answer(D, made.Avslått, false);
    await answer(C, made.Godtatt, true);

    const orm = subgraph.service.orm;
    const callers: Caller[] = [
      ANONYMOUS,
      { role: 'volunteer', volunteerId: 'v1' },
      { role: 'researcher' },
      { role: 'service' },
      { role: 'municipality', municipalityCode: '3301' },
      { role: 'municipality', municipalityCode: '3303' },
      { role: 'organisation', organisationId: A },
      { role: 'organisation', organisationId: B },
      { role: 'organisation', organisationId: C },
      { role: 'organisation', organisationId: D },
      { role: 'admin' },
    ];
    const municipalities = ['3301', '3303', '5601', '0301', '4601'];
    const seen = new Set<string>();
    for (const caller of callers) {
      const ctx = createContext(orm.em, { caller, requestId: 'test' }, testClock());
      const viaSql = await loaders.byMunicipality(ctx).loadMany(municipalities);
      const partiesViaSql = await loaders.parties(ctx).loadMany(viaSql.flatMap((list) => (list as Agreement[]).map((a) => a.id)));
      // The ORM's way: the same filter as a MikroORM query, newest first, and the parties by organisation.
      const em = orm.em.fork();
      const viaOrm = await Promise.all(
        municipalities.map((code) =>
          em.find(
            Agreement,
            { $and: [{ municipalityCode: code }, visibleAgreements(em, caller)] },
            {
              orderBy: { startDate: QueryOrder.DESC_NULLS_LAST, title: QueryOrder.ASC, id: QueryOrder.ASC },
            },
          ),
        ),
      );
      const partiesViaOrm = await Promise.all(
        viaOrm.flat().map((a) => em.find(AgreementParty, { agreementId: a.id }, { orderBy: { organisationId: 'asc' } })),
      );
      const plain = (rows: unknown) => JSON.parse(JSON.stringify(rows));
      expect(plain(viaSql), JSON.stringify(caller)).toEqual(plain(viaOrm));
      expect(plain(partiesViaSql), JSON.stringify(caller)).toEqual(plain(partiesViaOrm));
      // Values keep their types (booleans, dates, JSON lists), not only their JSON.
      for (const [i, list] of viaSql.entries()) {
        for (const [j, a] of (list as Agreement[]).entries()) {
          const b = viaOrm[i][j];
          for (const key of Object.keys(b) as (keyof Agreement)[]) expect(a[key], `${caller.role} ${String(key)}`).toEqual(b[key]);
        }
      }
      // Organisation.agreements: those it accepted, through plain SQL as well, with its own priming of the parties.
      const organisations = [A, B, C, D, seedId('organisation', 'termik')];
      const forOrganisations = createContext(orm.em, { caller, requestId: 'test' }, testClock());
      const byOrganisationViaSql = await loaders.byOrganisation(forOrganisations).loadMany(organisations);
      const byOrganisationParties = await loaders
        .parties(forOrganisations)
        .loadMany(byOrganisationViaSql.flatMap((list) => (list as Agreement[]).map((a) => a.id)));
      const byOrganisationViaOrm = await Promise.all(
        organisations.map(async (organisationId) => {
          const accepted = await em.find(AgreementParty, { organisationId, status: PartyStatus.ACCEPTED });
          return em.find(
            Agreement,
            { $and: [{ id: { $in: accepted.map((p) => p.agreementId) } }, visibleAgreements(em, caller)] },
            { orderBy: { startDate: QueryOrder.DESC_NULLS_LAST, title: QueryOrder.ASC, id: QueryOrder.ASC } },
          );
        }),
      );
      expect(plain(byOrganisationViaSql), JSON.stringify(caller)).toEqual(plain(byOrganisationViaOrm));
      expect(plain(byOrganisationParties), JSON.stringify(caller)).toEqual(
        plain(
          await Promise.all(
            byOrganisationViaOrm.flat().map((a) => em.find(AgreementParty, { agreementId: a.id }, { orderBy: { organisationId: 'asc' } })),
          ),
        ),
      );
      expect(byOrganisationViaSql.flat().length, JSON.stringify(caller)).toBeGreaterThan(0);
      for (const a of viaSql.flat() as Agreement[])
        seen.add(`${caller.role}:${'organisationId' in caller ? caller.organisationId : ''}:${a.title}`);
    }
    // What the rule says, spelled out: an invitation shows the agreement, a declined one does not; the hidden ones stay hidden.
    expect(seen.has(`organisation:${C}:Invitert`)).toBe(true);
    expect(seen.has(`organisation:${A}:Invitert`)).toBe(true);
    expect(seen.has(`organisation:${D}:Avslått`)).toBe(false);
    expect(seen.has(`organisation:${C}:Godtatt`)).toBe(true);
    expect(seen.has(`organisation:${B}:Invitert`)).toBe(false);
    expect([...seen].filter((s) => s.startsWith('anonymous:') && /Invitert|Avslått|Godtatt|Hemmelig/.test(s))).toEqual([]);
    // Parties are the accepted ones only: Invitert has none yet.
    const q =
      '{ _entities(representations: [{ __typename: "Municipality", code: "3303" }]) { ... on Municipality { agreements { title parties { id } } } } }';
    expect((await gql(subgraph.url, q, {}, admin)).data._entities[0].agreements).toEqual([
      { title: 'Avslått', parties: [] },
      { title: 'Godtatt', parties: [{ id: C }] },
      { title: 'Invitert', parties: [] },
    ]);
  });
});
