import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { organisations } from '../../subgraphs/organisations/index.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';

let orgs: RunningSubgraph;
let subgraph: RunningSubgraph;
let drammen: string;
const TERMIK = seedId('organisation', 'termik');
const RED_CROSS = seedId('organisation', 'norges-rode-kors');
const ids: Record<string, string> = {};

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
  orgs = await startSubgraph(organisations);
  subgraph = await startSubgraph(createAgreements({ organisationsHttp: { url: orgs.url } }));
  drammen = await tokenFor({ role: 'municipality', municipality: '3301' });
  await create('Driftsstøtte Røde Kors', {
    description: 'Driftsstøtte til besøkstjeneste', startDate: '2025-03-01', endDate: '2027-06-30',
    funding: [{ year: 2025, awardedNok: 200000, disbursedNok: 200000, awardDate: '2025-02-10' }, { year: 2026, awardedNok: 220000 }],
  });
  await create('Prosjekt Termik', { type: 'PROJECT_GRANT', organisationIds: [TERMIK, RED_CROSS], funding: [{ year: 2026, awardedNok: 40000 }] });
  await create('Lukket tilskudd', { isPublic: false, funding: [{ year: 2026, awardedNok: 9000 }] });
  await create('Anbud', { type: 'SERVICE_CONTRACT', procurementReference: 'DOFFIN 2026-123456', funding: [{ year: 2026, awardedNok: 5000000 }] });
  await create('Utkast', { status: 'DRAFT', funding: [{ year: 2026, awardedNok: 1000 }] });
  await create('Uten beløp', { funding: [{ year: 2026, disbursedNok: null }] });
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
    const grant = all.find((g) => g.id === `360G-samspill-${ids['Driftsstøtte Røde Kors']}-2025`)!;
    expect(grant).toEqual({
      id: `360G-samspill-${ids['Driftsstøtte Røde Kors']}-2025`,
      title: 'Driftsstøtte Røde Kors (2025)',
      description: 'Driftsstøtte til besøkstjeneste',
      currency: 'NOK',
      amountAwarded: 200000,
      amountDisbursed: 200000,
      awardDate: '2025-02-10',
      plannedDates: [{ startDate: '2025-03-01', endDate: '2025-12-31' }],
      recipientOrganization: [{ id: 'NO-BRC-864139442', name: 'Norges Røde Kors' }],
      fundingOrganization: [{ id: 'NO-KOMM-3301', name: 'Drammen kommune' }],
      beneficiaryLocation: [{ name: 'Drammen', countryCode: 'NO', geoCode: '3301', geoCodeType: 'NO-KOMMUNENUMMER' }],
      dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('names recipients without an organisation number by their Samspill id, and dates an undated award to its year', async () => {
    const [termik] = (await grants('?municipality=3301&year=2026')).filter((g) => g.title === 'Prosjekt Termik (2026)');
    expect(termik.recipientOrganization).toHaveLength(2);
    expect(termik.recipientOrganization).toEqual(
      expect.arrayContaining([
        { id: 'NO-BRC-864139442', name: 'Norges Røde Kors' },
        { id: `360G-samspill-org-${TERMIK}`, name: 'Termik' },
      ]),
    );
    expect(termik.awardDate).toBe('2026-01-01');
    expect(termik).not.toHaveProperty('amountDisbursed');
  });

  it('filters by year and leaves out drafts, service contracts and years with no awarded amount', async () => {
    const titles = (await grants('?municipality=3301&year=2026', drammen)).map((g) => g.title).sort();
    expect(titles).toEqual(['Driftsstøtte Røde Kors (2026)', 'Lukket tilskudd (2026)', 'Prosjekt Termik (2026)']);
  });

  it('gives anonymous callers public agreements only', async () => {
    const titles = (await grants('?municipality=3301&year=2026')).map((g) => g.title).sort();
    expect(titles).toEqual(['Driftsstøtte Røde Kors (2026)', 'Prosjekt Termik (2026)']);
    const other = await tokenFor({ role: 'municipality', municipality: '5601' });
    expect((await grants('?municipality=3301&year=2026', other)).map((g) => g.title)).not.toContain('Lukket tilskudd (2026)');
  });

  it('refuses a bad municipality, a bad year and a forged token', async () => {
    const bad = await fetch(exportUrl('?municipality=9999'));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'municipality' } });
    expect((await fetch(exportUrl('?year=20x6'))).status).toBe(400);
    const forged = await fetch(exportUrl(''), { headers: { authorization: 'Bearer not.a.token' } });
    expect(forged.status).toBe(401);
  });
});
