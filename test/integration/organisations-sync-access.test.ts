import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { SyncLink } from '../../subgraphs/organisations/entities/sync-link.entity.js';
import { createOrganisations } from '../../subgraphs/organisations/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let admin: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
  admin = await tokenFor({ role: 'admin' });
});
afterAll(() => subgraph?.close());

const SYNC = `mutation ($source: String!, $records: [SyncRecordInput!]!) {
  syncOrganisations(source: $source, records: $records) { outcomes { outcome organisationId errors { field message } } }
}`;
const sync = (source: string, records: object[], token: string) => gql(subgraph.url, SYNC, { source, records }, token);
const em = () => subgraph.service.orm.em.fork();
const counts = async () => ({ organisations: await em().count(Organisation, {}), links: await em().count(SyncLink, {}) });
const record = (i: number, extra: object = {}) => ({ externalId: `r${i}`, name: `Testlag ${i}`, kind: 'VOLUNTARY_ORGANISATION', ...extra });
const kinds = (response: { data?: any }) => response.data.syncOrganisations.outcomes.map((o: { outcome: string }) => o.outcome);

describe('who may sync which source', () => {
  it('lets a partner sync only its own source, and there only its own chapters', async () => {
    const nrk = seedId('organisation', 'norges-rode-kors');
    const alta = seedId('organisation', 'alta-frivilligsentral');
    const before = await counts();
    const outsider = await sync('rode-kors', [record(200)], await tokenFor({ role: 'organisation', organisation: alta }));
    expect(codes(outsider)).toEqual(['FORBIDDEN']);
    expect(codes(await sync('unregistered', [record(201)], await tokenFor({ role: 'organisation', organisation: nrk })))).toEqual([
      'FORBIDDEN',
    ]);
    expect(codes(await sync('rode-kors', [record(202)], ''))).toEqual(['UNAUTHENTICATED']);
    expect(await counts()).toEqual(before);

    // An organisation outside Røde Kors that holds 991000003.
    expect(kinds(await sync('brreg', [record(199, { orgNumber: '991000003', name: 'Alta Pensjonistlag' })], admin))).toEqual(['CREATED']);
    const owner = await sync(
      'rode-kors',
      [
        record(203, { name: 'Vefsn Røde Kors', municipalityCodes: ['1824'] }),
        record(204, { orgNumber: '991000003', name: 'Kapret' }),
        record(205, { parentId: alta }),
      ],
      await tokenFor({ role: 'organisation', organisation: nrk }),
    );
    expect(kinds(owner)).toEqual(['CREATED', 'REJECTED', 'REJECTED']);
    const chapter = await em().findOneOrFail(Organisation, { id: owner.data.syncOrganisations.outcomes[0].organisationId });
    expect(chapter.parentId).toBe(nrk);
    expect(owner.data.syncOrganisations.outcomes[1].errors[0]).toMatchObject({
      field: 'records[1].orgNumber',
      message: expect.stringMatching(/not a chapter/),
    });
    expect(owner.data.syncOrganisations.outcomes[2].errors[0].field).toBe('records[2].parentId');
  });

  it('registers a source to an organisation (admins only)', async () => {
    const alta = seedId('organisation', 'alta-frivilligsentral');
    const register =
      'mutation ($s: String!, $o: ID) { registerSyncSource(source: $s, ownerOrganisationId: $o) { source ownerOrganisationId } }';
    expect(
      codes(await gql(subgraph.url, register, { s: 'alta', o: alta }, await tokenFor({ role: 'organisation', organisation: alta }))),
    ).toEqual(['FORBIDDEN']);
    expect((await gql(subgraph.url, register, { s: 'alta', o: alta }, admin)).data.registerSyncSource.ownerOrganisationId).toBe(alta);
    expect(codes(await gql(subgraph.url, register, { s: 'Not Valid', o: alta }, admin))).toEqual(['BAD_USER_INPUT']);
    const response = await sync('alta', [record(300)], await tokenFor({ role: 'organisation', organisation: alta }));
    expect(kinds(response)).toEqual(['CREATED']);
  });
});
