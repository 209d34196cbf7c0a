import type { EntityManager } from '@mikro-orm/knex';
import { seedId } from '../../common/seed-ids.js';
import { Assignment } from '../entities/assignment.entity.js';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { AssignmentStatus, ComplianceKind, EngagementStatus, VerifierKind } from '../enums.js';
import { ageBand } from '../rules/age.js';
import { requirementColumns } from '../rules/compliance.js';
import { AVAILABILITY, FIRST_NAMES, LAST_NAMES, SEED_OPPORTUNITIES, SEED_TEAMS, SEED_YEARS, type SeedTeam } from './data.js';

const volunteerId = (slug: string) => seedId('volunteer', slug);
const organisationId = (slug: string) => seedId('organisation', slug);
const agreementId = (slug: string) => seedId('agreement', slug);

/** Rows made but not yet persisted: what references a volunteer, and the hours (inserted last). */
interface Dependants {
  rows: (Consent | Engagement | ComplianceRecord | Assignment)[];
  hours: HoursEntry[];
}

/** One volunteer of a team with an engagement, an active assignment, compliance and consents. */
function seedVolunteer(tx: EntityManager, team: SeedTeam, i: number, n: number, out: Dependants) {
  const id = volunteerId(`${team.organisation}-${i}`);
  const first = FIRST_NAMES[n % FIRST_NAMES.length];
  const last = LAST_NAMES[(n * 7) % LAST_NAMES.length];
  const birthYear = 1945 + ((n * 11) % 60);
  // Numbers starting with 0 are not issued in Norway: clearly synthetic, like the @example.org addresses.
  tx.create(Volunteer, {
    id,
    name: `${first} ${last}`,
    email: `${first}.${last}.${n}@example.org`.toLowerCase(),
    phone: `+47 000 00 ${String(n).padStart(3, '0')}`,
    birthYear,
    municipalityCode: team.municipalityCode,
    languages: n % 4 === 0 ? ['nb', 'en'] : ['nb'],
    skills: n % 3 === 0 ? ['driving_licence'] : [],
    activities: [team.activity],
    availability: AVAILABILITY[n % AVAILABILITY.length],
  });
  const later = { persist: false } as const;
  const organisation = organisationId(team.organisation);
  out.rows.push(
    tx.create(
      Consent,
      { id: seedId('consent', `${id}-contact`), volunteerId: id, purpose: 'contact', givenAt: new Date('2024-12-01T10:00:00Z') },
      later,
    ),
    tx.create(
      Engagement,
      {
        id: seedId('engagement', id),
        volunteerId: id,
        organisationId: organisation,
        status: EngagementStatus.ACTIVE,
        appliedOn: '2024-11-15',
        startDate: '2025-01-01',
      },
      later,
    ),
  );
  // Checked by the volunteer's own organisation. The first of each team runs out at the end of 2026, so the expiry list has something to show.
  const byTeam = {
    verifierKind: VerifierKind.ORGANISATION,
    verifierId: organisation,
    recordedBy: `organisation:${team.organisation}`,
    recordedAt: new Date('2024-12-15T12:00:00Z'),
  };
  const record = (slug: string, fields: Pick<ComplianceRecord, 'kind' | 'verifiedOn' | 'validUntil' | 'course'>) =>
    out.rows.push(tx.create(ComplianceRecord, { id: seedId('compliance', `${id}-${slug}`), volunteerId: id, ...fields, ...byTeam }, later));
  if (team.policeCertificate)
    record('police', {
      kind: ComplianceKind.POLICE_CERTIFICATE,
      verifiedOn: '2024-12-10',
      validUntil: i === 1 ? '2026-12-31' : '2027-12-10',
      course: null,
    });
  if (team.confidentiality)
    record('confidentiality', {
      kind: ComplianceKind.CONFIDENTIALITY_DECLARATION,
      verifiedOn: '2024-12-10',
      validUntil: i === 1 ? '2026-12-31' : null,
      course: null,
    });
  for (const course of team.courses)
    record(`course-${course}`, { kind: ComplianceKind.TRAINING_COURSE, verifiedOn: '2024-12-15', validUntil: null, course });
  const assignment = tx.create(
    Assignment,
    {
      id: seedId('assignment', id),
      volunteerId: id,
      organisationId: organisation,
      agreementId: agreementId(team.agreement),
      municipalityCode: team.municipalityCode,
      place: team.place,
      activity: team.activity,
      startDate: '2025-01-01',
      status: AssignmentStatus.ACTIVE,
      ...requirementColumns({
        requiresPoliceCertificate: team.policeCertificate,
        requiresConfidentialityDeclaration: team.confidentiality,
        requiredCourses: team.courses,
      }),
    },
    later,
  );
  out.rows.push(assignment);
  for (const year of SEED_YEARS) {
    for (let m = 1; m <= (year === 2026 ? 10 : 12); m++) {
      const month = String(m).padStart(2, '0');
      out.hours.push(
        tx.create(
          HoursEntry,
          {
            id: seedId('hours', `${id}-${year}-${m}`),
            assignmentId: assignment.id,
            volunteerId: id,
            organisationId: organisation,
            municipalityCode: team.municipalityCode,
            date: `${year}-${month}-15`,
            hours: team.hoursPerMonth,
            activity: team.activity,
            ageBand: ageBand(birthYear, year),
            approved: true,
            approvedAt: new Date(`${year}-${month}-20T12:00:00Z`),
            approvedBy: `organisation:${team.organisation}`,
          },
          later,
        ),
      );
    }
  }
}

/** Inserts the synthetic volunteers and the opportunities when they are missing; never touches one that exists. */
export async function seed(em: EntityManager): Promise<void> {
  const slugs = SEED_TEAMS.flatMap((team) => Array.from({ length: team.size }, (_, i) => `${team.organisation}-${i + 1}`));
  const existing = new Set((await em.find(Volunteer, { id: { $in: slugs.map(volunteerId) } }, { fields: ['id'] })).map((v) => v.id));
  const opportunityIds = SEED_OPPORTUNITIES.map((o) => seedId('opportunity', o.slug));
  const existingOpportunities = new Set((await em.find(Opportunity, { id: { $in: opportunityIds } }, { fields: ['id'] })).map((o) => o.id));
  await em.transactional(async (tx) => {
    const dependants: Dependants = { rows: [], hours: [] };
    let n = 0;
    for (const team of SEED_TEAMS) {
      for (let i = 1; i <= team.size; i++, n++) {
        if (!existing.has(volunteerId(`${team.organisation}-${i}`))) seedVolunteer(tx, team, i, n, dependants);
      }
    }
    for (const o of SEED_OPPORTUNITIES) {
      if (existingOpportunities.has(seedId('opportunity', o.slug))) continue;
      tx.create(Opportunity, {
        id: seedId('opportunity', o.slug),
        title: o.title,
        description: o.description,
        organisationId: o.organisation ? organisationId(o.organisation) : null,
        municipalityCode: o.municipalityCode,
        agreementId: agreementId(o.agreement),
        activity: o.activity,
        place: o.place,
        places: o.places,
        startDate: o.startDate,
        endDate: o.endDate ?? null,
        requiredSkills: o.skills,
        availability: o.availability,
        ...requirementColumns({
          requiresPoliceCertificate: o.policeCertificate,
          requiresConfidentialityDeclaration: o.confidentiality,
          requiredCourses: o.courses,
        }),
      });
    }
    // Parents first: the volunteers, then what references them by foreign key, the hours last.
    await tx.flush();
    tx.persist(dependants.rows);
    await tx.flush();
    tx.persist(dependants.hours);
  });
}
