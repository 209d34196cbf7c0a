import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInNorway } from '../../subgraphs/agreements/clock.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import type { OrganisationDirectory } from '../../subgraphs/agreements/organisation-directory.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

// Reads need no organisations subgraph: a directory that knows every id stands in for it.
const everyone: OrganisationDirectory = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const A = seedId('organisation', 'test-a');
const B = seedId('organisation', 'test-b');
let subgraph: RunningSubgraph;
const statements: string[] = [];
let drammen: string;
const ids: Record<string, string> = {};
const today = todayInNorway();

const CREATE = 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }';
async function create(name: string, input: Record<string, unknown>) {
  const { data, errors } = await gql(subgraph.url, CREATE, { input: { title: name, municipalityCode: '3301', organisationIds: [A], type: 'OPERATING_GRANT', ...input } }, drammen);
  expect(errors).toBeUndefined();
  ids[name] = data.createAgreement.id;
}

beforeAll(async () => {
  subgraph = await startSubgraph(createAgreements({ organisations: everyone }), { onQuery: (sql) => statements.push(sql) });
  drammen = await tokenFor({ role: 'municipality', municipality: '3301' });
  await create('Driftsstøtte', { status: 'ACTIVE', startDate: '2026-01-01', activities: ['visiting_service'], funding: [{ year: 2026, awardedNok: 300000, disbursedNok: 100000 }], commitments: [{ side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: 300000 }] });
  await create('Prosjektstøtte', { type: 'PROJECT_GRANT', status: 'ACTIVE', startDate: '2026-01-01', endDate: addDays(today, 20), activities: ['transport'], funding: [{ year: 2026, awardedNok: 50000 }], commitments: [{ side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: 50000 }] });
  await create('Hemmelig', { type: 'COLLABORATION_AGREEMENT', isPublic: false, organisationIds: [B], status: 'ACTIVE', funding: [{ year: 2026, awardedNok: 7000 }], contacts: [{ side: 'MUNICIPALITY', name: 'Per Hansen' }] });
  await create('Utkast', { type: 'INFORMAL_COOPERATION', commitments: [{ side: 'ORGANISATION', kind: 'ACTIVITIES' }] });
});
afterAll(() => subgraph?.close());

const titles = (response: { data?: any }, field = 'agreements') => response.data[field].edges.map((e: { node: { title: string } }) => e.node.title).sort();
const list = (filter: Record<string, unknown>, token?: string) => gql(subgraph.url, 'query ($f: AgreementFilter) { agreements(filter: $f, first: 100) { totalCount edges { node { title } } } }', { f: filter }, token);

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
      const one = await gql(subgraph.url, 'query ($id: ID!) { agreement(id: $id) { title contacts { name } } }', { id: ids.Hemmelig }, token);
      expect(one.data.agreement?.title ?? null, String(token)).toBe(sees ? 'Hemmelig' : null);
      expect(titles(await list({ municipalityCode: '3301' }, token)).includes('Hemmelig')).toBe(sees);
      if (sees) expect(one.data.agreement.contacts).toEqual([{ name: 'Per Hansen' }]);
    }
  });

  it('hides contact persons and the audit trail of a public agreement from non-parties', async () => {
    const q = 'query ($id: ID!) { agreement(id: $id) { title contacts { name } auditTrail { action } } }';
    expect((await gql(subgraph.url, q, { id: ids.Driftsstøtte })).data.agreement).toEqual({ title: 'Driftsstøtte', contacts: null, auditTrail: null });
    const mine = (await gql(subgraph.url, q, { id: ids.Driftsstøtte }, await tokenFor({ role: 'organisation', organisation: A }))).data.agreement;
    expect(mine.auditTrail).toEqual([{ action: 'CREATED' }]);
  });

  it('filters by municipality, county, organisation, type, status, activity and date in force', async () => {
    expect(titles(await list({ countyCode: '33' }, drammen))).toEqual(['Driftsstøtte', 'Hemmelig', 'Prosjektstøtte', 'Utkast']);
    expect((await list({ countyCode: '03' }, drammen)).data.agreements.totalCount).toBe(0);
    expect(codes(await list({ countyCode: '99' }))).toEqual(['BAD_USER_INPUT']);
    expect(titles(await list({ organisationId: B }, drammen))).toEqual(['Hemmelig']);
    expect(titles(await list({ municipalityCode: '3301', types: ['PROJECT_GRANT', 'INFORMAL_COOPERATION'] }))).toEqual(['Prosjektstøtte', 'Utkast']);
    expect(titles(await list({ municipalityCode: '3301', statuses: ['DRAFT'] }))).toEqual(['Utkast']);
    expect(titles(await list({ municipalityCode: '3301', activity: 'transport' }))).toEqual(['Prosjektstøtte']);
    expect(codes(await list({ activity: 'knitting' }))).toEqual(['BAD_USER_INPUT']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: '2026-06-01' }))).toEqual(['Driftsstøtte', 'Prosjektstøtte']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: addDays(today, 21) }))).toEqual(['Driftsstøtte']);
    expect(titles(await list({ municipalityCode: '3301', activeOn: '2025-12-31' }))).toEqual([]);
  });

  it('pages as a Relay connection', async () => {
    const first = (await gql(subgraph.url, '{ agreements(first: 1, filter: { municipalityCode: "3301" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }')).data.agreements;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const next = (await gql(subgraph.url, 'query ($a: String) { agreements(first: 5, after: $a, filter: { municipalityCode: "3301" }) { edges { node { title } } pageInfo { hasNextPage } } }', { a: first.pageInfo.endCursor })).data.agreements;
    expect(next.edges).toHaveLength(2);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('lists active agreements that end within a number of days', async () => {
    const q = 'query ($d: Int!) { expiringAgreements(withinDays: $d, municipalityCode: "3301") { totalCount edges { node { title endDate } } } }';
    expect(titles(await gql(subgraph.url, q, { d: 30 }), 'expiringAgreements')).toEqual(['Prosjektstøtte']);
    expect((await gql(subgraph.url, q, { d: 19 })).data.expiringAgreements.totalCount).toBe(0);
    expect(codes(await gql(subgraph.url, q, { d: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('totals agreementStats per municipality by type and status with funding, counting what the caller may see', async () => {
    const q = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code agreementStats(year: 2026) {
      total byType { type count } byStatus { status count } fundingAwardedNok fundingDisbursedNok committedAnnualFundingNok } } } }`;
    const r = [{ __typename: 'Municipality', code: '3301' }, { __typename: 'Municipality', code: '5601' }];
    const [own, alta] = (await gql(subgraph.url, q, { r }, drammen)).data._entities;
    const count = (rows: { count: number; type?: string; status?: string }[], key: string) => rows.find((x) => x.type === key || x.status === key)!.count;
    expect(own.agreementStats).toMatchObject({ total: 4, fundingAwardedNok: 357000, fundingDisbursedNok: 100000, committedAnnualFundingNok: 350000 });
    expect(count(own.agreementStats.byType, 'OPERATING_GRANT')).toBe(1);
    expect(count(own.agreementStats.byType, 'SERVICE_CONTRACT')).toBe(0);
    expect(count(own.agreementStats.byStatus, 'ACTIVE')).toBe(3);
    expect(count(own.agreementStats.byStatus, 'DRAFT')).toBe(1);
    expect(alta.agreementStats.total).toBeGreaterThan(0);
    const anonymous = (await gql(subgraph.url, q, { r })).data._entities[0].agreementStats;
    expect(anonymous).toMatchObject({ total: 3, fundingAwardedNok: 350000 });
    const otherYear = (await gql(subgraph.url, q.replace('year: 2026', 'year: 2025'), { r }, drammen)).data._entities[0].agreementStats;
    expect(otherYear).toMatchObject({ total: 4, fundingAwardedNok: 0 });
  });

  it('adds agreements to Municipality and Organisation references', async () => {
    const q = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code agreements { title } } ... on Organisation { id agreements { title } } } }';
    const r = [{ __typename: 'Municipality', code: '3301' }, { __typename: 'Organisation', id: B }, { __typename: 'Organisation', id: seedId('organisation', 'termik') }];
    const [municipality, b, termik] = (await gql(subgraph.url, q, { r }, drammen)).data._entities;
    expect(municipality.agreements.map((a: { title: string }) => a.title).sort()).toEqual(['Driftsstøtte', 'Hemmelig', 'Prosjektstøtte', 'Utkast']);
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
    // The expiry sweep's look-up, the agreements, then parties, commitments, requirements, funding and documents once each.
    expect(statements.filter((sql) => /^select/i.test(sql))).toHaveLength(7);
  });
});
