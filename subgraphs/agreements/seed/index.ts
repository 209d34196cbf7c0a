import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../../common/seed-ids.js';
import { AuditAction, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { AuditEntry } from '../entities/audit-entry.entity.js';
import { Commitment } from '../entities/commitment.entity.js';
import { SEED_AGREEMENTS } from './agreements.js';

const agreementId = (slug: string) => seedId('agreement', slug);
const commitmentId = (slug: string, i: number) => seedId('agreement-commitment', `${slug}:${i}`);

/** Inserts the seeded agreements and commitments that are missing (by stable id); never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const ids = SEED_AGREEMENTS.map((a) => agreementId(a.slug));
  const existing = new Set((await em.find(Agreement, { id: { $in: ids } }, { fields: ['id'] })).map((a) => a.id));
  const commitmentIds = SEED_AGREEMENTS.flatMap((a) => (a.commitments ?? []).map((_, i) => commitmentId(a.slug, i)));
  const existingCommitments = new Set((await em.find(Commitment, { id: { $in: commitmentIds } }, { fields: ['id'] })).map((c) => c.id));
  await em.transactional(async (tx) => {
    const children: object[] = [];
    for (const a of SEED_AGREEMENTS) {
      const id = agreementId(a.slug);
      (a.commitments ?? []).forEach((c, i) => {
        if (existingCommitments.has(commitmentId(a.slug, i))) return;
        children.push(
          tx.create(
            Commitment,
            { id: commitmentId(a.slug, i), agreementId: id, ...c, quantity: c.quantity ?? null, unit: c.unit ?? null },
            { persist: false },
          ),
        );
      });
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
      });
      for (const slug of a.parties) {
        // The sources describe agreements in force: their organisations are parties.
        children.push(
          tx.create(
            AgreementParty,
            { agreementId: id, organisationId: seedId('organisation', slug), status: PartyStatus.ACCEPTED },
            { persist: false },
          ),
        );
      }
      children.push(
        tx.create(
          AuditEntry,
          { agreementId: id, actor: 'system:seed', actorRole: 'system', action: AuditAction.CREATED, changes: [], at: new Date() },
          { persist: false },
        ),
      );
    }
    // The agreement rows first: the child tables reference them.
    await tx.flush();
    tx.persist(children);
  });
}
