import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrganisationsClient } from '../../subgraphs/agreements/clients/organisations.client.js';
import { AgreementParty } from '../../subgraphs/agreements/entities/agreement-party.entity.js';
import { AuditEntry } from '../../subgraphs/agreements/entities/audit-entry.entity.js';
import { PartyStatus } from '../../subgraphs/agreements/enums.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

/*
 * Parties consent (issue 11, the agreements side): a municipality that names an organisation
 * on its agreement makes a proposal; the organisation is a party only once it, or an admin
 * for it, accepts. Until then the volunteers subgraph, which asks for `parties { id }`, sees none.
 */
const everyone: OrganisationsClient = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const ALTA_FS = seedId('organisation', 'alta-frivilligsentral');
const ALTA_RK = seedId('organisation', 'alta-rode-kors');
const TERMIK = seedId('organisation', 'termik');
let subgraph: RunningSubgraph;
let vefsn: string;
let admin: string;
let altaFs: string;
let altaRk: string;

beforeAll(async () => {
  subgraph = await startSubgraph(createAgreements({ ...testEnvironment(), organisations: everyone }));
  vefsn = await tokenFor({ role: 'municipality', municipality: '1824', subject: 'kari@vefsn' });
  admin = await tokenFor({ role: 'admin', subject: 'admin@samspill' });
  altaFs = await tokenFor({ role: 'organisation', organisation: ALTA_FS, subject: 'leder@alta-fs' });
  altaRk = await tokenFor({ role: 'organisation', organisation: ALTA_RK });
});
afterAll(() => subgraph?.close());

const FIELDS =
  'id parties { id } proposedParties { organisation { id } status respondedAt respondedBy } contacts { name } auditTrail { actor action changes { field oldValue newValue } }';
async function create(title: string, organisationIds: string[], extra: Record<string, unknown> = {}) {
  const input = {
    title,
    municipalityCode: '1824',
    organisationIds,
    type: 'COLLABORATION_AGREEMENT',
    status: 'ACTIVE',
    isPublic: false,
    contacts: [{ side: 'MUNICIPALITY', name: 'Kari Nordmann' }],
    ...extra,
  };
  const { data, errors } = await gql(
    subgraph.url,
    `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { ${FIELDS} version } }`,
    { input },
    vefsn,
  );
  expect(errors).toBeUndefined();
  return data.createAgreement;
}
const read = async (id: string, token?: string) =>
  (await gql(subgraph.url, `query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`, { id }, token)).data.agreement;
const RESPOND = `mutation ($id: ID!, $accept: Boolean!, $org: ID) { respondToAgreement(agreementId: $id, accept: $accept, organisationId: $org) { ${FIELDS} } }`;
const respond = (id: string, accept: boolean, token: string, org?: string) => gql(subgraph.url, RESPOND, { id, accept, org }, token);
/** What the volunteers subgraph asks, with the caller's token. */
const asVolunteers = async (id: string, token: string) =>
  (
    await gql(
      subgraph.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id status municipality { code } parties { id } requirements { kind } } } }',
      { r: [{ __typename: 'Agreement', id }] },
      token,
    )
  ).data._entities[0];
const proposals = async (token: string, org?: string) =>
  await gql(subgraph.url, 'query ($org: ID) { agreementProposals(organisationId: $org) { id } }', { org }, token);
const stored = (agreementId: string) =>
  subgraph.service.orm.em.fork().find(AgreementParty, { agreementId }, { orderBy: { organisationId: 'asc' } });
const auditCount = (agreementId: string) => subgraph.service.orm.em.fork().count(AuditEntry, { agreementId });

describe('agreements subgraph: parties consent', () => {
  it('makes a named organisation a proposal, not a party, until it accepts', async () => {
    const a = await create('Besøkstjeneste Alta', [ALTA_FS]);
    expect(a.parties).toEqual([]);
    expect(a.proposedParties).toEqual([{ organisation: { id: ALTA_FS }, status: 'PROPOSED', respondedAt: null, respondedBy: null }]);
    expect(await asVolunteers(a.id, vefsn)).toMatchObject({ id: a.id, status: 'ACTIVE', municipality: { code: '1824' }, parties: [] });
    // Not among the organisation's agreements, nor found by it as a filter, until it accepts.
    const ofOrg = await gql(
      subgraph.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { agreements { id } } } }',
      { r: [{ __typename: 'Organisation', id: ALTA_FS }] },
      admin,
    );
    expect(ofOrg.data._entities[0].agreements.map((x: { id: string }) => x.id)).not.toContain(a.id);
    const filtered = await gql(
      subgraph.url,
      'query ($o: ID!) { agreements(first: 100, filter: { organisationId: $o }) { edges { node { id } } } }',
      { o: ALTA_FS },
      admin,
    );
    expect(filtered.data.agreements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(a.id);
    // The invited organisation reads the non-public agreement and finds it among its proposals; contacts stay closed.
    expect(await read(a.id, altaFs)).toMatchObject({
      id: a.id,
      parties: [],
      contacts: null,
      auditTrail: null,
      proposedParties: [{ organisation: { id: ALTA_FS }, status: 'PROPOSED' }],
    });
    expect((await proposals(altaFs)).data.agreementProposals.map((x: { id: string }) => x.id)).toContain(a.id);
    expect(await read(a.id, altaRk)).toBeNull();
    expect(await stored(a.id)).toMatchObject([{ organisationId: ALTA_FS, status: PartyStatus.PROPOSED }]);
  });

  it('lets no one but the organisation or an admin accept for it, and writes nothing when refused', async () => {
    const a = await create('Ingen andre svarer', [ALTA_FS]);
    const trail = await auditCount(a.id);
    expect(codes(await respond(a.id, true, altaRk, ALTA_FS))).toEqual(['FORBIDDEN']);
    expect(codes(await respond(a.id, true, altaRk))).toEqual(['NOT_FOUND']);
    expect(codes(await respond(a.id, true, vefsn, ALTA_FS))).toEqual(['FORBIDDEN']);
    expect(codes(await respond(a.id, true, await tokenFor({ role: 'volunteer', volunteer: 'v1' }), ALTA_FS))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(subgraph.url, RESPOND, { id: a.id, accept: true, org: ALTA_FS }))).toEqual(['UNAUTHENTICATED']);
    const noOrg = await respond(a.id, true, admin);
    expect(noOrg.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationId' });
    expect(await stored(a.id)).toMatchObject([{ status: PartyStatus.PROPOSED, respondedBy: null }]);
    expect(await auditCount(a.id)).toBe(trail);
    // Another organisation does not see who else is invited to a public agreement either.
    const open = await create('Åpen invitasjon', [ALTA_FS], { isPublic: true });
    expect((await read(open.id, altaRk)).proposedParties).toEqual([]);
    expect((await read(open.id)).proposedParties).toBeNull();
    expect(codes(await proposals(vefsn))).toEqual(['FORBIDDEN']);
    expect(codes(await proposals(altaRk, ALTA_FS))).toEqual(['FORBIDDEN']);
  });

  it('makes the organisation a party when it accepts, audited with who answered, and only once', async () => {
    const a = await create('Alta svarer ja', [ALTA_FS]);
    const { data, errors } = await respond(a.id, true, altaFs);
    expect(errors).toBeUndefined();
    expect(data.respondToAgreement.parties).toEqual([{ id: ALTA_FS }]);
    expect(data.respondToAgreement.proposedParties).toEqual([]);
    expect(data.respondToAgreement.contacts).toEqual([{ name: 'Kari Nordmann' }]);
    expect(data.respondToAgreement.auditTrail.at(-1)).toEqual({
      actor: 'leder@alta-fs',
      action: 'PARTY_ACCEPTED',
      changes: [{ field: `parties[${ALTA_FS}].status`, oldValue: '"proposed"', newValue: '"accepted"' }],
    });
    expect((await asVolunteers(a.id, altaFs)).parties).toEqual([{ id: ALTA_FS }]);
    expect((await proposals(altaFs)).data.agreementProposals.map((x: { id: string }) => x.id)).not.toContain(a.id);
    expect(await stored(a.id)).toMatchObject([
      { status: PartyStatus.ACCEPTED, respondedBy: 'leder@alta-fs', respondedAt: expect.any(Date) },
    ]);
    const again = await respond(a.id, false, altaFs);
    expect(again.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'accept' },
      message: expect.stringMatching(/already accepted/),
    });
  });

  it('lets an admin accept for an organisation, naming it', async () => {
    const a = await create('Admin svarer', [ALTA_FS, ALTA_RK]);
    expect((await proposals(admin, ALTA_RK)).data.agreementProposals.map((x: { id: string }) => x.id)).toContain(a.id);
    const { data, errors } = await respond(a.id, true, admin, ALTA_RK);
    expect(errors).toBeUndefined();
    expect(data.respondToAgreement.parties).toEqual([{ id: ALTA_RK }]);
    expect(data.respondToAgreement.proposedParties).toEqual([
      { organisation: { id: ALTA_FS }, status: 'PROPOSED', respondedAt: null, respondedBy: null },
    ]);
    expect(data.respondToAgreement.auditTrail.at(-1)).toMatchObject({ actor: 'admin@samspill', action: 'PARTY_ACCEPTED' });
  });

  it('keeps a declining organisation out, and no longer shows it the non-public agreement', async () => {
    const a = await create('Alta svarer nei', [ALTA_FS]);
    const { data, errors } = await respond(a.id, false, altaFs);
    expect(errors).toBeUndefined();
    expect(data.respondToAgreement.parties).toEqual([]);
    expect((await read(a.id, vefsn)).proposedParties).toEqual([
      { organisation: { id: ALTA_FS }, status: 'DECLINED', respondedAt: expect.any(String), respondedBy: 'leder@alta-fs' },
    ]);
    expect(await read(a.id, altaFs)).toBeNull();
    expect(codes(await respond(a.id, true, altaFs))).toEqual(['NOT_FOUND']);
    expect(codes(await respond(a.id, true, admin, ALTA_FS))).toEqual(['BAD_USER_INPUT']);
  });

  it('on an update proposes newly named organisations, keeps the answers of those still named, and removes the others', async () => {
    const a = await create('Endrede parter', [ALTA_FS, ALTA_RK]);
    await respond(a.id, true, altaFs);
    await respond(a.id, false, altaRk);
    const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, version: $v, input: $input) { ${FIELDS} version } }`;
    const updated = await gql(
      subgraph.url,
      UPDATE,
      { id: a.id, v: a.version, input: { organisationIds: [ALTA_FS, ALTA_RK, TERMIK], title: 'Endrede parter 2' } },
      vefsn,
    );
    expect(updated.errors).toBeUndefined();
    expect(await stored(a.id)).toMatchObject(
      [
        { organisationId: ALTA_FS, status: PartyStatus.ACCEPTED },
        { organisationId: ALTA_RK, status: PartyStatus.DECLINED },
        { organisationId: TERMIK, status: PartyStatus.PROPOSED },
      ].sort((x, y) => x.organisationId.localeCompare(y.organisationId)),
    );
    const removed = await gql(
      subgraph.url,
      UPDATE,
      { id: a.id, v: updated.data.updateAgreement.version, input: { organisationIds: [TERMIK] } },
      vefsn,
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data.updateAgreement.parties).toEqual([]);
    expect(await stored(a.id)).toMatchObject([{ organisationId: TERMIK, status: PartyStatus.PROPOSED }]);
    expect(await read(a.id, altaFs)).toBeNull();
  });

  it('keeps the seeded organisations as parties: the sources describe agreements in force', async () => {
    const alta = seedId('agreement', 'alta-frivilligsentral');
    expect((await asVolunteers(alta, admin)).parties).toHaveLength(4);
    expect((await read(alta, admin)).proposedParties).toEqual([]);
  });
});
