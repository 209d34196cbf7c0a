import type { EntityManager } from '@mikro-orm/knex';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInNorway } from '../../subgraphs/agreements/clock.js';
import { AgreementStatus, AgreementType } from '../../subgraphs/agreements/enums.js';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { AuditEntry } from '../../subgraphs/agreements/entities/audit-entry.entity.js';
import { sweepExpired } from '../../subgraphs/agreements/expiry.service.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import type { OrganisationDirectory } from '../../subgraphs/agreements/organisation-directory.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { testDatabase } from '../helpers/db.js';

const everyone: OrganisationDirectory = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const yesterday = addDays(todayInNorway(), -1);
const database = testDatabase();
afterAll(() => database.drop());

/** An agreement whose end date passed without any write: what time does to a stored row. */
async function insertLapsed(em: EntityManager, title: string) {
  const a = em.create(Agreement, {
    title, municipalityCode: '1824', type: AgreementType.COLLABORATION_AGREEMENT, formal: true, status: AgreementStatus.ACTIVE, endDate: yesterday,
  } as Agreement);
  await em.flush();
  return a.id;
}

describe('agreements subgraph: expiry follows the end date', () => {
  it('stores EXPIRED at start for agreements that lapsed while the service was down, with an audit entry', async () => {
    const first = await createSubgraph(createAgreements({ organisations: everyone }), { database });
    const id = await insertLapsed(first.orm.em.fork(), 'Lapsed while down');
    await first.close();
    const again = await createSubgraph(createAgreements({ organisations: everyone }), { database });
    try {
      const em = again.orm.em.fork();
      expect((await em.findOneOrFail(Agreement, { id })).status).toBe(AgreementStatus.EXPIRED);
      expect(await em.find(AuditEntry, { agreementId: id })).toMatchObject([{ actor: 'system:expiry', action: 'expired' }]);
    } finally {
      await again.close();
    }
  });

  it('reads and stores EXPIRED at read time, and two sweeps at once record it once', async () => {
    const service = await createSubgraph(createAgreements({ organisations: everyone }), { database });
    const url = await service.listen(0, '127.0.0.1');
    try {
      const id = await insertLapsed(service.orm.em.fork(), 'Lapsed while up');
      const admin = await tokenFor({ role: 'admin' });
      const { data } = await gql(url, 'query ($id: ID!) { agreement(id: $id) { status version auditTrail { actor action changes { field oldValue newValue } } } }', { id }, admin);
      expect(data.agreement.status).toBe('EXPIRED');
      expect(data.agreement.version).toBe(2);
      expect(data.agreement.auditTrail).toEqual([{ actor: 'system:expiry', action: 'EXPIRED', changes: [{ field: 'status', oldValue: '"active"', newValue: '"expired"' }] }]);
      const racing = await insertLapsed(service.orm.em.fork(), 'Raced');
      const counts = await Promise.all([sweepExpired(service.orm.em.fork()), sweepExpired(service.orm.em.fork())]);
      expect(counts[0] + counts[1]).toBe(1);
      expect(await service.orm.em.fork().count(AuditEntry, { agreementId: racing })).toBe(1);
    } finally {
      await service.close();
    }
  });
});

describe('agreements subgraph: when the organisations subgraph does not answer', () => {
  let hanging: http.Server;
  let hangingUrl: string;
  beforeAll(async () => {
    hanging = http.createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  });

  it('gives up after the timeout, writes nothing and leaks no address', async () => {
    const service = await createSubgraph(createAgreements({ organisationsHttp: { url: hangingUrl, timeoutMs: 200 } }), { database });
    const url = await service.listen(0, '127.0.0.1');
    try {
      const before = await service.orm.em.fork().count(Agreement, {});
      const input = { title: 'Ingen svar', municipalityCode: '1824', organisationIds: [seedId('organisation', 'termik')], type: 'COLLABORATION_AGREEMENT' };
      const response = await gql(url, 'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', { input }, await tokenFor({ role: 'admin' }));
      expect(codes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(response.errors![0].message).toBe('the organisations service could not be asked; nothing was written, try again later');
      expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1/);
      expect(await service.orm.em.fork().count(Agreement, {})).toBe(before);
    } finally {
      await service.close();
    }
  });
});
