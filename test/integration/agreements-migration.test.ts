import { afterAll, describe, expect, it } from 'vitest';
import type { OrganisationsClient } from '../../subgraphs/agreements/clients/organisations.client.js';
import { Agreement } from '../../subgraphs/agreements/entities/agreement.entity.js';
import { AgreementParty } from '../../subgraphs/agreements/entities/agreement-party.entity.js';
import { PartyStatus } from '../../subgraphs/agreements/enums.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { migrations } from '../../subgraphs/agreements/migrations/index.js';
import { openDatabase } from '../../subgraphs/common/db.js';
import { createSubgraph } from '../../subgraphs/common/server.js';
import { testEnvironment } from '../helpers/clock.js';
import { testDatabase } from '../helpers/db.js';

const everyone: OrganisationsClient = { find: async (ids) => new Map(ids.map((id) => [id, { id, name: id, orgNumber: null }])) };
const database = testDatabase();
afterAll(() => database.drop());

describe('agreements subgraph: the parties-consent migration', () => {
  it('makes the parties stored before it accepted parties, and proposes those named after it', async () => {
    // The database as it was before consent: the first two migrations, one agreement with one party.
    const before = await openDatabase({
      name: 'agreements',
      entities: [Agreement, AgreementParty],
      migrations: migrations.slice(0, 2),
      config: database,
    });
    const connection = before.em.getConnection();
    await connection.execute(
      `insert into agreement (id, title, municipality_code, type, formal, status, activities, target_groups, is_public, created_at, updated_at, version)
       values ('a-1', 'Før samtykke', '1824', 'collaboration_agreement', true, 'active', '[]', '[]', true, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)`,
    );
    await connection.execute(`insert into agreement_party (agreement_id, organisation_id) values ('a-1', 'org-1')`);
    await before.close(true);

    const service = await createSubgraph(
      createAgreements({ ...testEnvironment({ EXPIRY_SWEEP_INTERVAL_MS: '0' }), organisations: everyone }),
      { database, seed: false },
    );
    try {
      const em = service.orm.em.fork();
      expect(await em.find(AgreementParty, { agreementId: 'a-1' })).toMatchObject([
        { organisationId: 'org-1', status: PartyStatus.ACCEPTED, respondedAt: null },
      ]);
      em.create(AgreementParty, { agreementId: 'a-1', organisationId: 'org-2' });
      await em.flush();
      expect((await service.orm.em.fork().findOneOrFail(AgreementParty, { agreementId: 'a-1', organisationId: 'org-2' })).status).toBe(
        PartyStatus.PROPOSED,
      );
    } finally {
      await service.close();
    }
  });
});
