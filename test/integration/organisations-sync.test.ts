import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { OrganisationChange } from '../../subgraphs/organisations/entities/organisation-change.entity.js';
import { Organisation } from '../../subgraphs/organisations/entities/organisation.entity.js';
import { SyncLink } from '../../subgraphs/organisations/entities/sync-link.entity.js';
import { fixedClock } from '../../subgraphs/common/clock.js';
import { openDatabase } from '../../subgraphs/common/db.js';
import { OrganisationKind } from '../../subgraphs/organisations/enums.js';
import { createOrganisations, entities } from '../../subgraphs/organisations/index.js';
import { migrations } from '../../subgraphs/organisations/migrations/index.js';
import { syncOrganisations } from '../../subgraphs/organisations/sync/sync.service.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testClock, testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let admin: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createOrganisations(testEnvironment()));
  admin = await tokenFor({ role: 'admin' });
});
afterAll(() => subgraph?.close());

const SYNC = `mutation ($source: String!, $records: [SyncRecordInput!]!, $dryRun: Boolean) {
  syncOrganisations(source: $source, records: $records, dryRun: $dryRun) {
    dryRun created updated unchanged rejected
    outcomes { index externalId outcome organisationId matchedBy changedFields errors { field message } }
  }
}`;
const sync = (source: string, records: object[], token: string | undefined = admin, dryRun = false) =>
  gql(subgraph.url, SYNC, { source, records, dryRun }, token);
const em = () => subgraph.service.orm.em.fork();
const counts = async () => ({
  organisations: await em().count(Organisation, {}),
  changes: await em().count(OrganisationChange, {}),
  links: await em().count(SyncLink, {}),
});
const record = (i: number, extra: object = {}) => ({
  externalId: `r${i}`,
  name: `Testlag ${i}`,
  kind: 'VOLUNTARY_ORGANISATION',
  municipalityCodes: ['5601'],
  ...extra,
});
const kinds = (response: { data?: any }) => response.data.syncOrganisations.outcomes.map((o: { outcome: string }) => o.outcome);

describe('syncOrganisations', () => {
  it('creates, then replaying the same batch changes nothing', async () => {
    const batch = [record(1), record(2, { email: 'post@testlag2.example' })];
    const first = await sync('reg-a', batch);
    expect(kinds(first)).toEqual(['CREATED', 'CREATED']);
    expect(first.data.syncOrganisations.outcomes[1].changedFields).toEqual(['name', 'kind', 'municipalityCodes', 'email']);
    const before = await counts();
    const replay = await sync('reg-a', batch);
    expect(kinds(replay)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(replay.data.syncOrganisations.outcomes.map((o: { organisationId: string }) => o.organisationId)).toEqual(
      first.data.syncOrganisations.outcomes.map((o: { organisationId: string }) => o.organisationId),
    );
    expect(await counts()).toEqual(before);
  });

  it('reports UPDATED with the changed fields, and a status change as a deactivation in the feed', async () => {
    const response = await sync('reg-a', [
      record(1, { name: 'Testlag 1 (nytt navn)', municipalityCodes: ['5601', '1824'] }),
      record(2, { status: 'INACTIVE' }),
    ]);
    const [renamed, inactive] = response.data.syncOrganisations.outcomes;
    expect(renamed).toMatchObject({ outcome: 'UPDATED', matchedBy: 'EXTERNAL_ID', changedFields: ['name', 'municipalityCodes'] });
    expect(inactive).toMatchObject({ outcome: 'UPDATED', changedFields: ['status'] });
    const last = await em().find(OrganisationChange, {}, { orderBy: { sequence: 'desc' }, limit: 2 });
    expect(last.map((c) => c.kind).reverse()).toEqual(['updated', 'deactivated']);
    expect(last[0].source).toBe('reg-a');
  });

  it('matches an existing organisation by orgNumber when the key is new, then by the key', async () => {
    const nrk = { externalId: 'NRK-1', orgNumber: '864139442', name: 'Norges Røde Kors' };
    const first = await sync('reg-b', [nrk]);
    expect(first.data.syncOrganisations.outcomes[0]).toMatchObject({
      outcome: 'UNCHANGED',
      matchedBy: 'ORG_NUMBER',
      organisationId: seedId('organisation', 'norges-rode-kors'),
    });
    const second = await sync('reg-b', [{ ...nrk, phone: '+47 22 05 40 00' }]);
    expect(second.data.syncOrganisations.outcomes[0]).toMatchObject({
      outcome: 'UPDATED',
      matchedBy: 'EXTERNAL_ID',
      changedFields: ['phone'],
    });
  });

  it('rejects bad records with field errors and writes the others in full', async () => {
    const before = await counts();
    const response = await sync('reg-c', [
      record(10),
      record(11, { orgNumber: '864139441' }),
      record(12, { municipalityCodes: ['5601', '9999'] }),
      record(13, { address: { street: 'Gata 1', municipalityCode: '0000' } }),
      record(14, { orgNumber: '864139442' }),
      record(15, { kind: null }),
    ]);
    const result = response.data.syncOrganisations;
    expect(kinds(response)).toEqual(['CREATED', 'REJECTED', 'REJECTED', 'REJECTED', 'UPDATED', 'REJECTED']);
    expect(result.outcomes[1].errors).toEqual([{ field: 'records[1].orgNumber', message: expect.stringMatching(/MOD11.*should be 2/) }]);
    expect(result.outcomes[2].errors).toEqual([
      { field: 'records[2].municipalityCodes[1]', message: expect.stringMatching(/9999.*not a municipality/) },
    ]);
    expect(result.outcomes[3].errors[0].field).toBe('records[3].address.municipalityCode');
    expect(result.outcomes[5].errors[0].field).toBe('records[5].kind');
    expect(result).toMatchObject({ created: 1, updated: 1, rejected: 4 });
    const after = await counts();
    expect(after.organisations).toBe(before.organisations + 1);
    expect(after.links).toBe(before.links + 2);
    const created = await em().findOneOrFail(Organisation, { id: result.outcomes[0].organisationId });
    expect(created.name).toBe('Testlag 10');
  });

  it('dry run reports the same outcomes and writes nothing', async () => {
    const batch = [
      record(20),
      record(21, { orgNumber: '864139441' }),
      record(1, { name: 'Testlag 1 (igjen)' }),
      record(2, { status: 'INACTIVE' }),
    ];
    const before = await counts();
    const dry = await sync('reg-a', batch, admin, true);
    expect(dry.data.syncOrganisations.dryRun).toBe(true);
    expect(await counts()).toEqual(before);
    const real = await sync('reg-a', batch);
    const shape = (r: { data?: any }) => r.data.syncOrganisations.outcomes.map((o: any) => [o.outcome, o.changedFields, o.errors]);
    expect(shape(dry)).toEqual(shape(real));
    expect(kinds(real)).toEqual(['CREATED', 'REJECTED', 'UPDATED', 'UNCHANGED']);
    expect(dry.data.syncOrganisations.outcomes[0].organisationId).toBeNull();
  });

  it('refuses a batch above the limit whole, naming the limit', async () => {
    const before = await counts();
    const response = await sync(
      'reg-d',
      Array.from({ length: 1001 }, (_, i) => record(1000 + i)),
    );
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]).toMatchObject({
      extensions: { field: 'records', limit: 1000 },
      message: expect.stringMatching(/at most 1000 records.*1001/),
    });
    expect(await counts()).toEqual(before);
  });

  it('stamps what it creates and updates, and the feed rows, with the clock it is given', async () => {
    const created = fixedClock('2031-06-01T10:00:00Z');
    const first = await syncOrganisations(
      em(),
      { role: 'admin' },
      'reg-clock',
      [{ externalId: 'c1', name: 'Klokkelag', kind: OrganisationKind.INFORMAL_GROUP }],
      { limit: 10, clock: created },
    );
    const id = first.outcomes[0].organisationId!;
    const later = fixedClock('2031-06-02T08:30:00Z');
    await syncOrganisations(em(), { role: 'admin' }, 'reg-clock', [{ externalId: 'c1', phone: '+47 400 00 000' }], {
      limit: 10,
      clock: later,
    });
    const row = await em().findOneOrFail(Organisation, { id });
    expect([row.createdAt.toISOString(), row.updatedAt.toISOString(), row.version]).toEqual([
      '2031-06-01T10:00:00.000Z',
      '2031-06-02T08:30:00.000Z',
      2,
    ]);
    const feed = await em().find(OrganisationChange, { organisationId: id }, { orderBy: { sequence: 'asc' } });
    expect(feed.map((c) => [c.kind, c.changedAt.toISOString()])).toEqual([
      ['created', '2031-06-01T10:00:00.000Z'],
      ['updated', '2031-06-02T08:30:00.000Z'],
    ]);
  });

  it('two concurrent syncs of the same batch create each organisation once', async () => {
    const batch = Array.from({ length: 40 }, (_, i) => record(100 + i, { orgNumber: i === 0 ? '991000003' : undefined }));
    const before = await counts();
    const [a, b] = await Promise.all([sync('reg-e', batch), sync('reg-e', batch)]);
    expect(a.errors ?? b.errors).toBeUndefined();
    const created = a.data.syncOrganisations.created + b.data.syncOrganisations.created;
    const unchanged = a.data.syncOrganisations.unchanged + b.data.syncOrganisations.unchanged;
    expect([created, unchanged]).toEqual([40, 40]);
    const after = await counts();
    expect(after.organisations - before.organisations).toBe(40);
    expect(after.links - before.links).toBe(40);
    expect(await em().count(Organisation, { orgNumber: '991000003' })).toBe(1);
  });

  it('two replicas (separate connections to the same database) syncing the same batch create each organisation once', async () => {
    const config = subgraph.service.orm.config;
    const replica = await openDatabase({
      name: 'organisations',
      entities: [...entities],
      migrations,
      config: {
        url: process.env.DATABASE_URL || undefined,
        dataDir: String(config.get('dbName')).replace(/\/organisations\.sqlite$/, ''),
        schemaPrefix: String(config.get('schema') ?? '').replace(/organisations$/, ''),
      },
    });
    try {
      const batch = Array.from({ length: 60 }, (_, i) => record(400 + i));
      const before = await counts();
      // The service takes enum values, GraphQL their names.
      const direct = batch.map((r) => ({ ...r, kind: OrganisationKind.VOLUNTARY_ORGANISATION }));
      const [viaHttp, viaReplica] = await Promise.all([
        sync('reg-f', batch),
        syncOrganisations(replica.em.fork(), { role: 'admin' }, 'reg-f', direct, { limit: 1000, clock: testClock() }),
      ]);
      expect(viaHttp.data.syncOrganisations.created + viaReplica.created).toBe(60);
      expect(viaHttp.data.syncOrganisations.unchanged + viaReplica.unchanged).toBe(60);
      expect((await counts()).organisations - before.organisations).toBe(60);
    } finally {
      await replica.close(true);
    }
  });
});
