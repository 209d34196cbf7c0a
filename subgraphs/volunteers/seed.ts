import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../common/seed-ids.js';
import { Assignment } from './entities/assignment.entity.js';
import { Compliance } from './entities/compliance.entity.js';
import { Consent } from './entities/consent.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { AssignmentStatus, EngagementStatus } from './enums.js';
import { ageBand } from './rules/compliance.js';
import { AVAILABILITY, FIRST_NAMES, LAST_NAMES, SEED_OPPORTUNITIES, SEED_TEAMS, SEED_YEARS, type SeedTeam } from './seed-data.js';

export const volunteerId = (slug: string) => seedId('volunteer', slug);
const organisationId = (slug: string) => seedId('organisation', slug);
const agreementId = (slug: string) => seedId('agreement', slug);

/** One volunteer of a team with an engagement, an active assignment, compliance and consents; returns the hours, to insert after. */
function seedVolunteer(tx: EntityManager, team: SeedTeam, i: number, n: number): HoursEntry[] {
  const id = volunteerId(`${team.organisation}-${i}`);
  const first = FIRST_NAMES[n % FIRST_NAMES.length];
  const last = LAST_NAMES[(n * 7) % LAST_NAMES.length];
  const birthYear = 1945 + ((n * 11) % 60);
  // Numbers starting with 0 are not issued in Norway: clearly synthetic, like the @example.org addresses.
  const volunteer = { id, name: `${first} ${last}`, email: `${first}.${last}.${n}@example.org`.toLowerCase(), phone: `+47 000 00 ${String(n).padStart(3, '0')}`, birthYear } as const;
  tx.create(Volunteer, {
    ...volunteer,
    municipalityCode: team.municipalityCode,
    languages: n % 4 === 0 ? ['nb', 'en'] : ['nb'],
    skills: n % 3 === 0 ? ['driving_licence'] : [],
    activities: [team.activity],
    availability: AVAILABILITY[n % AVAILABILITY.length],
  } as unknown as Volunteer);
  const later = { persist: false } as const;
  const rows: object[] = [
    tx.create(Consent, { id: seedId('consent', `${id}-contact`), volunteerId: id, purpose: 'contact', givenAt: new Date('2024-12-01T10:00:00Z') } as Consent, later),
    tx.create(Engagement, { id: seedId('engagement', id), volunteerId: id, organisationId: organisationId(team.organisation), status: EngagementStatus.ACTIVE, appliedOn: '2024-11-15', startDate: '2025-01-01' } as Engagement, later),
    tx.create(Compliance, {
      volunteerId: id,
      // The first of each team runs out at the end of 2026, so the expiry list has something to show.
      ...(team.policeCertificate ? { policeCertificateVerifiedOn: '2024-12-10', policeCertificateVerifiedBy: `organisation:${team.organisation}`, policeCertificateValidUntil: i === 1 ? '2026-12-31' : '2027-12-10' } : {}),
      ...(team.confidentiality ? { confidentialitySignedOn: '2024-12-10', confidentialityValidUntil: i === 1 ? '2026-12-31' : null } : {}),
      courses: team.courses.map((course) => ({ course, completedOn: '2024-12-15' })),
    } as unknown as Compliance, later),
  ];
  const assignment = tx.create(Assignment, {
    id: seedId('assignment', id), volunteerId: id, organisationId: organisationId(team.organisation), agreementId: agreementId(team.agreement),
    municipalityCode: team.municipalityCode, place: team.place, activity: team.activity, startDate: '2025-01-01', status: AssignmentStatus.ACTIVE,
    requiresPoliceCertificate: team.policeCertificate, requiresConfidentialityDeclaration: team.confidentiality, requiresTraining: false, requiredCourses: team.courses,
  } as Assignment, later);
  const hours = SEED_YEARS.flatMap((year) =>
    Array.from({ length: year === 2026 ? 10 : 12 }, (_, m) =>
      tx.create(HoursEntry, {
        id: seedId('hours', `${id}-${year}-${m + 1}`), assignmentId: assignment.id, volunteerId: id, organisationId: assignment.organisationId,
        municipalityCode: team.municipalityCode, date: `${year}-${String(m + 1).padStart(2, '0')}-15`, hours: team.hoursPerMonth, activity: team.activity,
        ageBand: ageBand(birthYear, year), approved: true, approvedAt: new Date(`${year}-${String(m + 1).padStart(2, '0')}-20T12:00:00Z`), approvedBy: `organisation:${team.organisation}`,
      } as HoursEntry, later),
    ),
  );
  return [...rows, assignment, ...hours] as HoursEntry[];
}

/** Inserts the synthetic volunteers and the opportunities when they are missing; never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const slugs = SEED_TEAMS.flatMap((team) => Array.from({ length: team.size }, (_, i) => `${team.organisation}-${i + 1}`));
  const existing = new Set((await em.find(Volunteer, { id: { $in: slugs.map(volunteerId) } }, { fields: ['id'] })).map((v) => v.id));
  const opportunityIds = SEED_OPPORTUNITIES.map((o) => seedId('opportunity', o.slug));
  const existingOpportunities = new Set((await em.find(Opportunity, { id: { $in: opportunityIds } }, { fields: ['id'] })).map((o) => o.id));
  await em.transactional(async (tx) => {
    const dependants: object[] = [];
    let n = 0;
    for (const team of SEED_TEAMS) {
      for (let i = 1; i <= team.size; i++, n++) {
        if (!existing.has(volunteerId(`${team.organisation}-${i}`))) dependants.push(...seedVolunteer(tx, team, i, n));
      }
    }
    for (const o of SEED_OPPORTUNITIES) {
      if (existingOpportunities.has(seedId('opportunity', o.slug))) continue;
      tx.create(Opportunity, {
        id: seedId('opportunity', o.slug), title: o.title, description: o.description, organisationId: o.organisation ? organisationId(o.organisation) : null,
        municipalityCode: o.municipalityCode, agreementId: agreementId(o.agreement), activity: o.activity, place: o.place, places: o.places,
        startDate: o.startDate, endDate: o.endDate ?? null, requiresPoliceCertificate: o.policeCertificate, requiresConfidentialityDeclaration: o.confidentiality, requiresTraining: false,
        requiredCourses: o.courses, requiredSkills: o.skills, availability: o.availability,
      } as Opportunity);
    }
    // Parents first: the volunteers, then what references them by foreign key, the hours last.
    await tx.flush();
    const hours = dependants.filter((row) => row instanceof HoursEntry);
    tx.persist(dependants.filter((row) => !(row instanceof HoursEntry)));
    await tx.flush();
    tx.persist(hours);
  });
}
