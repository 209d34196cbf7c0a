import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { seedId } from '../../common/seed-ids.js';
import { ChangeKind } from '../enums.js';
import { Municipality } from '../entities/municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import { Service } from '../entities/service.entity.js';
import { ServiceMunicipality } from '../entities/service-municipality.entity.js';
import { ServiceTerm } from '../entities/service-term.entity.js';
import { SyncSource } from '../entities/sync-source.entity.js';
import { searchTextOf } from '../rules/record.js';
import { recordChange, withWriteLock } from '../services/change-feed.service.js';
import { SEED_ORGANISATIONS, SEED_POLICIES, SEED_RESEARCH_PROJECTS } from './organisations.js';
import { SEED_SERVICES } from './services.js';

const organisationId = (slug: string) => seedId('organisation', slug);
const serviceId = (slug: string) => seedId('service', slug);

/** Inserts the seeded records that are missing (organisations, services, sync sources); never touches a record that exists. */
export async function seed(em: EntityManager, clock: Clock): Promise<void> {
  await seedOrganisations(em, clock);
  await seedServices(em.fork(), clock);
  await seedSources(em.fork(), clock);
}

async function seedOrganisations(em: EntityManager, clock: Clock): Promise<void> {
  const ids = SEED_ORGANISATIONS.map((o) => organisationId(o.slug));
  const existing = new Set((await em.find(Organisation, { id: { $in: ids } }, { fields: ['id'] })).map((o) => o.id));
  const now = clock.now();
  await withWriteLock(em, async (tx) => {
    const served: OrganisationMunicipality[] = [];
    const created: Organisation[] = [];
    for (const o of SEED_ORGANISATIONS) {
      const id = organisationId(o.slug);
      if (existing.has(id)) continue;
      const description = o.description ?? null;
      const organisation = tx.create(Organisation, {
        id,
        name: o.name,
        kind: o.kind,
        grouping: o.grouping ?? null,
        orgNumber: o.orgNumber ?? null,
        parentId: o.parent ? organisationId(o.parent) : null,
        description,
        website: o.website ?? null,
        searchText: searchTextOf({ name: o.name, description }),
        createdAt: now,
        updatedAt: now,
      });
      created.push(organisation);
      for (const code of o.municipalities ?? [])
        served.push(tx.create(OrganisationMunicipality, { organisationId: id, municipalityCode: code }, { persist: false }));
    }
    // The rows reference organisations by plain column, so they go in after their organisations.
    await tx.flush();
    tx.persist(served);
    // Seeded organisations open the change feed, so a partner reading it from the start sees the whole catalogue.
    for (const organisation of created) recordChange(tx, organisation, ChangeKind.CREATED, ['name', 'kind'], now, 'seed');
    for (const policy of SEED_POLICIES) {
      const municipality = await tx.findOneOrFail(Municipality, { code: policy.code });
      if (!municipality.hasVolunteerPolicy && municipality.volunteerPolicyNote === null) {
        municipality.hasVolunteerPolicy = true;
        municipality.volunteerPolicyNote = policy.note;
      }
    }
    for (const { code, project } of SEED_RESEARCH_PROJECTS) {
      const municipality = await tx.findOneOrFail(Municipality, { code });
      if (!municipality.researchProjects.includes(project)) municipality.researchProjects = [...municipality.researchProjects, project];
    }
  });
}

/** Inserts the seeded services that are missing, keyed by seedId('service', slug). */
async function seedServices(em: EntityManager, clock: Clock): Promise<void> {
  const ids = SEED_SERVICES.map((s) => serviceId(s.slug));
  const existing = new Set((await em.find(Service, { id: { $in: ids } }, { fields: ['id'] })).map((s) => s.id));
  const missing = SEED_SERVICES.filter((s) => !existing.has(serviceId(s.slug)));
  if (missing.length === 0) return;
  const now = clock.now();
  await em.transactional(async (tx) => {
    for (const s of missing) {
      tx.create(Service, {
        id: serviceId(s.slug),
        organisationId: organisationId(s.organisation),
        name: s.name,
        description: s.description,
        eligibility: s.eligibility ?? null,
        locationDescription: s.location ?? null,
        searchText: searchTextOf(s),
        createdAt: now,
        updatedAt: now,
      });
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
async function seedSources(em: EntityManager, clock: Clock): Promise<void> {
  const sources = [
    { source: 'brreg', ownerOrganisationId: null },
    { source: 'rode-kors', ownerOrganisationId: organisationId('norges-rode-kors') },
  ];
  const existing = new Set((await em.find(SyncSource, { source: { $in: sources.map((s) => s.source) } })).map((s) => s.source));
  for (const s of sources) if (!existing.has(s.source)) em.create(SyncSource, { ...s, createdAt: clock.now() });
  await em.flush();
}
