import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { FIRST_NAMES, LAST_NAMES, SEED_TEAMS, SEED_YEARS } from './seed-data.js';

export const volunteerId = (slug: string) => seedId('volunteer', slug);

/** Inserts the synthetic volunteers and their hours when they are missing; never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const slugs = SEED_TEAMS.flatMap((team) => Array.from({ length: team.size }, (_, i) => `${team.organisation}-${i + 1}`));
  const existing = new Set((await em.find(Volunteer, { id: { $in: slugs.map(volunteerId) } }, { fields: ['id'] })).map((v) => v.id));
  await em.transactional(async (tx) => {
    const hours: HoursEntry[] = [];
    let n = 0;
    for (const team of SEED_TEAMS) {
      for (let i = 1; i <= team.size; i++, n++) {
        const id = volunteerId(`${team.organisation}-${i}`);
        if (existing.has(id)) continue;
        const first = FIRST_NAMES[n % FIRST_NAMES.length];
        const last = LAST_NAMES[(n * 7) % LAST_NAMES.length];
        tx.create(Volunteer, {
          id,
          name: `${first} ${last}`,
          email: `${first}.${last}.${n}@example.org`.toLowerCase(),
          birthYear: 1945 + ((n * 11) % 60),
          municipalityCode: team.municipalityCode,
          languages: n % 4 === 0 ? ['nb', 'en'] : ['nb'],
          skills: [team.activity],
        } as Volunteer);
        for (const year of SEED_YEARS) {
          const lastMonth = year === 2026 ? 10 : 12;
          for (let month = 1; month <= lastMonth; month++) {
            hours.push(
              tx.create(HoursEntry, {
                id: seedId('hours', `${id}-${year}-${month}`),
                volunteerId: id,
                organisationId: seedId('organisation', team.organisation),
                municipalityCode: team.municipalityCode,
                date: `${year}-${String(month).padStart(2, '0')}-15`,
                hours: team.hoursPerMonth,
                activity: team.activity,
                approved: true,
              } as HoursEntry, { persist: false }),
            );
          }
        }
      }
    }
    await tx.flush();
    tx.persist(hours);
  });
}
