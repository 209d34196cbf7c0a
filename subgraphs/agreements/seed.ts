import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { SEED_AGREEMENTS } from './seed-data.js';

export const agreementId = (slug: string) => seedId('agreement', slug);

/** Inserts the seeded agreements that are missing; never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const ids = SEED_AGREEMENTS.map((a) => agreementId(a.slug));
  const existing = new Set((await em.find(Agreement, { id: { $in: ids } }, { fields: ['id'] })).map((a) => a.id));
  await em.transactional(async (tx) => {
    const parties: AgreementParty[] = [];
    for (const a of SEED_AGREEMENTS) {
      const id = agreementId(a.slug);
      if (existing.has(id)) continue;
      tx.create(Agreement, {
        id,
        title: a.title,
        description: a.description,
        municipalityCode: a.municipalityCode,
        type: a.type,
        formal: a.formal,
        initiatedBy: a.initiatedBy,
        status: a.status,
        startDate: a.startDate ?? null,
        activities: a.activities,
        targetGroups: a.targetGroups,
      } as Agreement);
      for (const slug of a.parties) {
        parties.push(tx.create(AgreementParty, { agreementId: id, organisationId: seedId('organisation', slug) }, { persist: false }));
      }
    }
    await tx.flush();
    tx.persist(parties);
  });
}
