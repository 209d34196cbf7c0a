import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { Municipality } from './entities/municipality.entity.js';
import { Organisation } from './entities/organisation.entity.js';
import { OrganisationMunicipality } from './entities/organisation-municipality.entity.js';
import { searchTextOf } from './organisation.service.js';
import { SEED_ORGANISATIONS, SEED_POLICIES, SEED_RESEARCH_PROJECTS } from './seed-data.js';

export const organisationId = (slug: string) => seedId('organisation', slug);

/** Inserts the seeded organisations that are missing; never touches a record that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const ids = SEED_ORGANISATIONS.map((o) => organisationId(o.slug));
  const existing = new Set((await em.find(Organisation, { id: { $in: ids } }, { fields: ['id'] })).map((o) => o.id));
  await em.transactional(async (tx) => {
    const served: OrganisationMunicipality[] = [];
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
      for (const code of o.municipalities ?? []) served.push(tx.create(OrganisationMunicipality, { organisationId: id, municipalityCode: code }, { persist: false }));
    }
    // The rows reference organisations by plain column, so they go in after their organisations.
    await tx.flush();
    tx.persist(served);
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
