import type { EntityManager } from '@mikro-orm/knex';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementStatus, AgreementType } from '../../subgraphs/agreements/enums.js';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { AuditEntry } from '../../subgraphs/agreements/entities/audit-entry.entity.js';
import type { OrganisationsClient } from '../../subgraphs/agreements/clients/organisations.client.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { sweepExpired } from '../../subgraphs/agreements/services/expiry.service.js';
import { addDays } from '../../subgraphs/common/clock.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { seedId } from '../../subgraphs/common/seed-ids.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { testDatabase } from '../helpers/db.js';
import { testClock, testEnvironment } from '../helpers/clock.js';

const everyone: OrganisationsClient = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const clock = testClock();
const yesterday = addDays(clock.today(), -1);
const database = testDatabase();
afterAll(() => database.drop());

/** An agreement whose end date passed without any write: what time does to a stored row. */
async function insertLapsed(em: EntityManager, title: string) {
  const a = em.create(Agreement, {
    title,
    municipalityCode: '1824',
    type: AgreementType.COLLABORATION_AGREEMENT,
    formal: true,
    status: AgreementStatus.ACTIVE,
    endDate: yesterday,
  });
  await em.flush();
  return a.id;
}

describe('agreements subgraph: expiry follows the end date', () => {
  const options = (env: Record<string, string> = {}) => createAgreements({ ...testEnvironment(env), organisations: everyone });
  const writes = (statements: string[]) => statements.filter((sql) => /^\s*(insert|update|delete)\b/i.test(sql));
  const stored = async (service: { orm: { em: { fork(): EntityManager } } }, id: string) =>
    (await service.orm.em.fork().findOneOrFail(Agreement, { id })).status;

  it('stores EXPIRED at start, also with SEED=false, for agreements that lapsed while the service was down, with an audit entry', async () => {
    const first = await createSubgraph(options(), { database, seed: false });
    const id = await insertLapsed(first.orm.em.fork(), 'Lapsed while down');
    await first.close();
    const again = await createSubgraph(options(), { database, seed: false });
    try {
      const em = again.orm.em.fork();
      expect((await em.findOneOrFail(Agreement, { id })).status).toBe(AgreementStatus.EXPIRED);
      expect(await em.find(AuditEntry, { agreementId: id })).toMatchObject([{ actor: 'system:expiry', action: 'expired' }]);
    } finally {
      await again.close();
    }
  });

  it('reads a lapsed agreement as EXPIRED, in fields, filters and stats, without writing anything', async () => {
    const statements: string[] = [];
    const service = await createSubgraph(options({ EXPIRY_SWEEP_INTERVAL_MS: '0' }), {
      database,
      seed: false,
      onQuery: (sql) => statements.push(sql),
    });
    const url = await service.listen(0, '127.0.0.1');
    try {
      const id = await insertLapsed(service.orm.em.fork(), 'Lapsed while up');
      const admin = await tokenFor({ role: 'admin' });
      statements.length = 0;
      const one = await gql(url, 'query ($id: ID!) { agreement(id: $id) { status version auditTrail { action } } }', { id }, admin);
      expect(one.data.agreement).toEqual({ status: 'EXPIRED', version: 1, auditTrail: [] });
      const list =
        'query ($s: [AgreementStatus!]) { agreements(first: 100, filter: { municipalityCode: "1824", statuses: $s }) { edges { node { id status } } } }';
      const ids = async (statuses: string[]) =>
        (await gql(url, list, { s: statuses }, admin)).data.agreements.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await ids(['EXPIRED'])).toContain(id);
      expect(await ids(['ACTIVE', 'DRAFT'])).not.toContain(id);
      const expiring = await gql(
        url,
        '{ expiringAgreements(withinDays: 3650, municipalityCode: "1824") { edges { node { id } } } }',
        {},
        admin,
      );
      expect(expiring.data.expiringAgreements.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
      const stats = await gql(
        url,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { agreementStats { byStatus { status count } } } } }',
        { r: [{ __typename: 'Municipality', code: '1824' }] },
        admin,
      );
      const expired = stats.data._entities[0].agreementStats.byStatus.find((row: { status: string }) => row.status === 'EXPIRED');
      expect(expired.count).toBeGreaterThanOrEqual(1);
      expect(statements.length).toBeGreaterThan(0);
      expect(writes(statements)).toEqual([]);
      // The stored status waits for the sweep, which then records the expiry once.
      expect(await stored(service, id)).toBe(AgreementStatus.ACTIVE);
      expect(await sweepExpired(service.orm.em.fork(), clock)).toBeGreaterThanOrEqual(1);
      expect(await stored(service, id)).toBe(AgreementStatus.EXPIRED);
      const after = await gql(
        url,
        'query ($id: ID!) { agreement(id: $id) { status version auditTrail { actor action changes { field oldValue newValue } } } }',
        { id },
        admin,
      );
      expect(after.data.agreement).toEqual({
        status: 'EXPIRED',
        version: 2,
        auditTrail: [
          { actor: 'system:expiry', action: 'EXPIRED', changes: [{ field: 'status', oldValue: '"active"', newValue: '"expired"' }] },
        ],
      });
    } finally {
      await service.close();
    }
  });

  it('sweeps on a schedule (EXPIRY_SWEEP_INTERVAL_MS) and stops sweeping when closed', async () => {
    const statements: string[] = [];
    const service = await createSubgraph(options({ EXPIRY_SWEEP_INTERVAL_MS: '100' }), {
      database,
      seed: false,
      onQuery: (sql) => statements.push(sql),
    });
    let closed = false;
    try {
      const id = await insertLapsed(service.orm.em.fork(), 'Lapsed, swept by the timer');
      const deadline = Date.now() + 5000;
      while ((await stored(service, id)) !== AgreementStatus.EXPIRED && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await stored(service, id)).toBe(AgreementStatus.EXPIRED);
      await service.close();
      closed = true;
      const count = statements.length;
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(statements.length).toBe(count);
    } finally {
      if (!closed) await service.close();
    }
  });

  it('expires a row, and records it, once when two sweeps race', async () => {
    const service = await createSubgraph(options({ EXPIRY_SWEEP_INTERVAL_MS: '0' }), { database, seed: false });
    try {
      const racing = await insertLapsed(service.orm.em.fork(), 'Raced');
      const counts = await Promise.all([sweepExpired(service.orm.em.fork(), clock), sweepExpired(service.orm.em.fork(), clock)]);
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
    const service = await createSubgraph(
      createAgreements(testEnvironment({ ORGANISATIONS_URL: hangingUrl, ORGANISATIONS_TIMEOUT_MS: '200' })),
      { database },
    );
    const url = await service.listen(0, '127.0.0.1');
    try {
      const before = await service.orm.em.fork().count(Agreement, {});
      const input = {
        title: 'Ingen svar',
        municipalityCode: '1824',
        organisationIds: [seedId('organisation', 'termik')],
        type: 'COLLABORATION_AGREEMENT',
      };
      const response = await gql(
        url,
        'mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
        { input },
        await tokenFor({ role: 'admin' }),
      );
      expect(codes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(response.errors![0].message).toBe('the organisations service could not be asked; nothing was written, try again later');
      expect(JSON.stringify(response.errors)).not.toMatch(/127\.0\.0\.1/);
      expect(await service.orm.em.fork().count(Agreement, {})).toBe(before);
    } finally {
      await service.close();
    }
  });
});
