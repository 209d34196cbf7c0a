import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { startStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
beforeAll(async () => {
  // The stack tells the agreements subgraph where organisations is (ORGANISATIONS_URL) for party checks.
  stack = await startStack();
});
afterAll(() => stack?.close());

const TERMIK = seedId('organisation', 'termik');

describe('agreements through the gateway', () => {
  it('shows the seeded agreements on Municipality with commitments and stats', async () => {
    const { data, errors } = await gql(
      stack.gatewayUrl,
      `{ bergen: municipality(code: "4601") { name agreements { title type formal parties { name } commitments { side kind annualAmountNok description } } agreementStats { total byStatus { status count } } }
         haugesund: municipality(code: "1106") { agreements { title parties { name } commitments { kind quantity unit } } }
         levanger: municipality(code: "5037") { agreements { formal type initiatedBy parties { name } } } }`,
    );
    expect(errors).toBeUndefined();
    const [guide] = data.bergen.agreements;
    expect(guide).toMatchObject({
      title: 'Røde Kors Flyktningguide',
      type: 'COLLABORATION_AGREEMENT',
      formal: true,
      parties: [{ name: 'Bergen Røde Kors' }],
    });
    expect(guide.commitments).toContainEqual(expect.objectContaining({ side: 'MUNICIPALITY', kind: 'EMPLOYED_COORDINATOR' }));
    // The source gives no amount: the funding commitment is there, its amount null.
    expect(guide.commitments).toContainEqual(expect.objectContaining({ side: 'MUNICIPALITY', kind: 'FUNDING', annualAmountNok: null }));
    expect(guide.commitments).toContainEqual(expect.objectContaining({ side: 'ORGANISATION', kind: 'VOLUNTEERS' }));
    expect(data.bergen.agreementStats.total).toBe(1);
    expect(data.bergen.agreementStats.byStatus).toContainEqual({ status: 'ACTIVE', count: 1 });
    expect(data.haugesund.agreements[0]).toMatchObject({
      parties: [{ name: 'Frelsesarmeens bo- og omsorgssenter Haugesund' }],
      commitments: [{ kind: 'ACTIVITIES', quantity: 15, unit: 'beboere' }],
    });
    expect(data.levanger.agreements[0]).toMatchObject({ formal: false, type: 'INFORMAL_COOPERATION', initiatedBy: 'ORGANISATION' });
    expect(data.levanger.agreements[0].parties.map((p: { name: string }) => p.name)).toContain('Levanger Sanitetsforening');
  });

  it('shows the seeded agreements on Organisation: Termik in Vefsn, Røde Kors in Kristiansund', async () => {
    const { data, errors } = await gql(
      stack.gatewayUrl,
      `query ($termik: ID!) { termik: organisation(id: $termik) { name agreements { title formal initiatedBy municipality { name } } }
        redCross: organisation(orgNumber: "864139442") { chapters { name agreements { title municipality { name } } } } }`,
      { termik: TERMIK },
    );
    expect(errors).toBeUndefined();
    expect(data.termik).toEqual({
      name: 'Termik',
      agreements: [{ title: 'Pleie av terminale pasienter', formal: true, initiatedBy: 'ENTHUSIAST', municipality: { name: 'Vefsn' } }],
    });
    const kristiansund = data.redCross.chapters.find((c: { name: string }) => c.name === 'Kristiansund Røde Kors');
    expect(kristiansund.agreements).toEqual([{ title: 'Treffsted for psykisk syke', municipality: { name: 'Kristiansund' } }]);
  });

  it('creates an agreement through the gateway, checking the party with the organisations subgraph; the organisation is a party once it accepts', async () => {
    const vefsn = await tokenFor({ role: 'municipality', municipality: '1824' });
    const termik = await tokenFor({ role: 'organisation', organisation: TERMIK });
    const mutation =
      'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id parties { name } proposedParties { organisation { name } status } municipality { name } } }';
    const input = {
      title: 'Termik neste år',
      municipalityCode: '1824',
      organisationIds: [TERMIK],
      type: 'OPERATING_GRANT',
      isPublic: false,
    };
    const { data, errors } = await gql(stack.gatewayUrl, mutation, { input }, vefsn);
    expect(errors).toBeUndefined();
    expect(data.createAgreement).toMatchObject({
      parties: [],
      proposedParties: [{ organisation: { name: 'Termik' }, status: 'PROPOSED' }],
      municipality: { name: 'Vefsn' },
    });
    const unknown = await gql(stack.gatewayUrl, mutation, { input: { ...input, organisationIds: ['no-such-organisation'] } }, vefsn);
    expect(unknown.errors![0].message).toMatch('the organisations subgraph does not know organisation no-such-organisation');
    const q = 'query ($id: ID!) { organisation(id: $id) { agreements { title } } }';
    const titles = async (token?: string) =>
      (await gql(stack.gatewayUrl, q, { id: TERMIK }, token)).data.organisation.agreements.map((a: { title: string }) => a.title);
    expect(await titles(vefsn)).not.toContain('Termik neste år');
    const waiting = await gql(stack.gatewayUrl, '{ agreementProposals { id title municipality { name } } }', {}, termik);
    expect(waiting.data.agreementProposals).toContainEqual({
      id: data.createAgreement.id,
      title: 'Termik neste år',
      municipality: { name: 'Vefsn' },
    });
    const accepted = await gql(
      stack.gatewayUrl,
      'mutation ($id: ID!) { respondToAgreement(agreementId: $id, accept: true) { parties { name } } }',
      { id: data.createAgreement.id },
      termik,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.respondToAgreement.parties).toEqual([{ name: 'Termik' }]);
    expect(await titles(vefsn)).toContain('Termik neste år');
    expect(await titles(termik)).toContain('Termik neste år');
    expect(await titles()).not.toContain('Termik neste år');
  });
});
