import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { ChangeKind } from './enums.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { searchTextOf } from './organisation.store.js';
import { seedServices, seedSources } from './seed-catalogue.js';
import { SEED_ORGANISATIONS, SEED_POLICIES, SEED_RESEARCH_PROJECTS } from './seed-data.js';
import { recordChange, withWriteLock } from './write-lock.js';

export const organisationId = (slug: string) => seedId('organisation', slug);

/** Inserts the seeded records that are missing; never touches a record that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const ids = SEED_ORGANISATIONS.map((o) => organisationId(o.slug));
  const existing = new Set((await em.find(Organisation, { id: { $in: ids } }, { fields: ['id'] })).map((o) => o.id));
  await withWriteLock(em, async (tx) => {
    const served: OrganisationMunicipality[] = [];
    const created: Organisation[] = [];
    for (const o of SEED_ORGANISATIONS) {
      const id = organisationId(o.slug);
      if (existing.has(id)) continue;
      const organisation = tx.create(Organisation, {
        id,
        name: o.name,
        kind: o.kind,
        grouping: o.grouping ?? null,
        orgNumber: o.orgNumber ?? null,
        parentId: o.parent ? organisationId(o.parent) : null,
        description: o.description ?? null,
        website: o.website ?? null,
        icnpoCategories: [],
        searchText: '',
      } as unknown as Organisation);
      organisation.searchText = searchTextOf(organisation);
      created.push(organisation);
      for (const code of o.municipalities ?? []) served.push(tx.create(OrganisationMunicipality, { organisationId: id, municipalityCode: code }, { persist: false }));
    }
    // The rows reference organisations by plain column, so they go in after their organisations.
    await tx.flush();
    tx.persist(served);
    // Seeded organisations open the change feed, so a partner reading it from the start sees the whole catalogue.
    for (const organisation of created) recordChange(tx, organisation, ChangeKind.CREATED, ['name', 'kind'], 'seed');
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
  await seedServices(em.fork());
  await seedSources(em.fork());
}
