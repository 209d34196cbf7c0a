import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testClock, testEnvironment } from '../helpers/clock.js';

let orgs: RunningSubgraph;
let subgraph: RunningSubgraph;
let drammen: string;
const TERMIK = seedId('organisation', 'termik');
const RED_CROSS = seedId('organisation', 'norges-rode-kors');
const ids: Record<string, string> = {};
// Funding last year and this year, by the test clock.
const Y = testClock().year();
const L = Y - 1;

async function create(title: string, input: Record<string, unknown>) {
  const { data, errors } = await gql(
    subgraph.url,
    'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
    { input: { title, municipalityCode: '3301', organisationIds: [RED_CROSS], type: 'OPERATING_GRANT', status: 'ACTIVE', ...input } },
    drammen,
  );
  expect(errors).toBeUndefined();
  ids[title] = data.createAgreement.id;
}

beforeAll(async () => {
  // Names and organisation numbers come from the real organisations subgraph, over HTTP.
  orgs = await startSubgraph(createOrganisations(testEnvironment()));
  subgraph = await startSubgraph(createAgreements(testEnvironment({ ORGANISATIONS_URL: orgs.url })));
  drammen = await tokenFor({ role: 'municipality', municipality: '3301' });
  await create('Driftsstøtte Røde Kors', {
    description: 'Driftsstøtte til besøkstjeneste',
    startDate: `${L}-03-01`,
    endDate: `${L + 2}-06-30`,
    funding: [
      { year: L, awardedNok: 200000, disbursedNok: 200000, awardDate: `${L}-02-10` },
      { year: Y, awardedNok: 220000 },
    ],
  });
  await create('Prosjekt Termik', {
    type: 'PROJECT_GRANT',
    organisationIds: [TERMIK, RED_CROSS],
    funding: [{ year: Y, awardedNok: 40000 }],
  });
  await create('Lukket tilskudd', { isPublic: false, funding: [{ year: Y, awardedNok: 9000 }] });
  await create('Anbud', {
    type: 'SERVICE_CONTRACT',
    procurementReference: `DOFFIN ${Y}-123456`,
    funding: [{ year: Y, awardedNok: 5000000 }],
  });
  await create('Utkast', { status: 'DRAFT', funding: [{ year: Y, awardedNok: 1000 }] });
  await create('Uten beløp', { funding: [{ year: Y, disbursedNok: null }] });
  // Red Cross and Termik accept being parties; a grant goes to parties only.
  for (const organisation of [RED_CROSS, TERMIK]) {
    const token = await tokenFor({ role: 'organisation', organisation });
    for (const { id } of (await gql(subgraph.url, '{ agreementProposals { id } }', {}, token)).data.agreementProposals) {
      expect(
        (await gql(subgraph.url, 'mutation ($id: ID!) { respondToAgreement(agreementId: $id, accept: true) { id } }', { id }, token))
          .errors,
      ).toBeUndefined();
    }
  }
  // Named, never accepted: a proposal, not a grant.
  await create('Ikke akseptert', { organisationIds: [seedId('organisation', 'alta-rode-kors')], funding: [{ year: Y, awardedNok: 3000 }] });
});
afterAll(async () => {
  await subgraph?.close();
  await orgs?.close();
});

const exportUrl = (query: string) => new URL(`/export/360giving.json${query}`, subgraph.url);
async function grants(query: string, token?: string) {
  const response = await fetch(exportUrl(query), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  return ((await response.json()) as { grants: Record<string, any>[] }).grants;
}

describe('agreements subgraph: 360Giving export', () => {
  it('exports one grant per funded year in the 360Giving shape', async () => {
    const all = await grants('?municipality=3301');
    const grant = all.find((g) => g.id === `360G-samspill-${ids['Driftsstøtte Røde Kors']}-${L}`)!;
    expect(grant).toEqual({
      id: `360G-samspill-${ids['Driftsstøtte Røde Kors']}-${L}`,
      title: `Driftsstøtte Røde Kors (${L})`,
      description: 'Driftsstøtte til besøkstjeneste',
      currency: 'NOK',
      amountAwarded: 200000,
      amountDisbursed: 200000,
      awardDate: `${L}-02-10`,
      plannedDates: [{ startDate: `${L}-03-01`, endDate: `${L}-12-31` }],
      recipientOrganization: [{ id: 'NO-BRC-864139442', name: 'Norges Røde Kors' }],
      fundingOrganization: [{ id: 'NO-KOMM-3301', name: 'Drammen kommune' }],
      beneficiaryLocation: [{ name: 'Drammen', countryCode: 'NO', geoCode: '3301', geoCodeType: 'NO-KOMMUNENUMMER' }],
      dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('names recipients without an organisation number by their Samspill id, and dates an undated award to its year', async () => {
    const [termik] = (await grants(`?municipality=3301&year=${Y}`)).filter((g) => g.title === `Prosjekt Termik (${Y})`);
    expect(termik.recipientOrganization).toHaveLength(2);
    expect(termik.recipientOrganization).toEqual(
      expect.arrayContaining([
        { id: 'NO-BRC-864139442', name: 'Norges Røde Kors' },
        { id: `360G-samspill-org-${TERMIK}`, name: 'Termik' },
      ]),
    );
    expect(termik.awardDate).toBe(`${Y}-01-01`);
    expect(termik).not.toHaveProperty('amountDisbursed');
  });

  it('filters by year and leaves out drafts, service contracts and years with no awarded amount', async () => {
    const titles = (await grants(`?municipality=3301&year=${Y}`, drammen)).map((g) => g.title).sort();
    expect(titles).not.toContain(`Ikke akseptert (${Y})`);
    expect(titles).toEqual([`Driftsstøtte Røde Kors (${Y})`, `Lukket tilskudd (${Y})`, `Prosjekt Termik (${Y})`]);
  });

  it('gives anonymous callers public agreements only', async () => {
    const titles = (await grants(`?municipality=3301&year=${Y}`)).map((g) => g.title).sort();
    expect(titles).toEqual([`Driftsstøtte Røde Kors (${Y})`, `Prosjekt Termik (${Y})`]);
    const other = await tokenFor({ role: 'municipality', municipality: '5601' });
    expect((await grants(`?municipality=3301&year=${Y}`, other)).map((g) => g.title)).not.toContain(`Lukket tilskudd (${Y})`);
  });

  it('refuses a bad municipality, a bad year and a forged token', async () => {
    const bad = await fetch(exportUrl('?municipality=9999'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      errors: [
        {
          message: 'municipality: "9999" is not a municipality in the 2024 division',
          extensions: { code: 'BAD_USER_INPUT', field: 'municipality' },
        },
      ],
    });
    const year = await fetch(exportUrl('?year=20x6'));
    expect(year.status).toBe(400);
    expect(await year.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }] });
    const forged = await fetch(exportUrl(''), { headers: { authorization: 'Bearer not.a.token' } });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });
});
