import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { Service } from './entities/service.entity.js';
import { ServiceMunicipality } from './entities/service-municipality.entity.js';
import { ServiceTerm } from './entities/service-term.entity.js';
import { SyncSource } from './entities/sync-source.entity.js';
import { foldForSearch } from '../common/text.js';
import { SEED_SERVICES } from './seed-services.js';

export const serviceId = (slug: string) => seedId('service', slug);

/** Inserts the seeded services that are missing, keyed by seedId('service', slug). */
export async function seedServices(em: EntityManager): Promise<void> {
  const ids = SEED_SERVICES.map((s) => serviceId(s.slug));
  const existing = new Set((await em.find(Service, { id: { $in: ids } }, { fields: ['id'] })).map((s) => s.id));
  const missing = SEED_SERVICES.filter((s) => !existing.has(serviceId(s.slug)));
  if (missing.length === 0) return;
  await em.transactional(async (tx) => {
    for (const s of missing) {
      tx.create(Service, {
        id: serviceId(s.slug),
        organisationId: seedId('organisation', s.organisation),
        name: s.name,
        description: s.description,
        eligibility: s.eligibility ?? null,
        locationDescription: s.location ?? null,
        searchText: foldForSearch(`${s.name} ${s.description}`),
      } as Service);
    }
    await tx.flush();
    for (const s of missing) {
      const id = serviceId(s.slug);
      for (const code of s.activities) tx.create(ServiceTerm, { serviceId: id, scheme: 'activity', code });
      for (const code of s.targetGroups) tx.create(ServiceTerm, { serviceId: id, scheme: 'target_group', code });
      for (const code of s.municipalities) tx.create(ServiceMunicipality, { serviceId: id, municipalityCode: code });
    }
  });
}

/** Enhetsregisteret syncs are for admins; Norges Røde Kors keeps its chapters in step through its own source. */
export async function seedSources(em: EntityManager): Promise<void> {
  const sources = [
    { source: 'brreg', ownerOrganisationId: null },
    { source: 'rode-kors', ownerOrganisationId: seedId('organisation', 'norges-rode-kors') },
  ];
  const existing = new Set((await em.find(SyncSource, { source: { $in: sources.map((s) => s.source) } })).map((s) => s.source));
  for (const s of sources) if (!existing.has(s.source)) em.create(SyncSource, { ...s, createdAt: new Date() });
  await em.flush();
}
