import type { EntityManager } from '@mikro-orm/knex';
import { NotFoundError } from '../../common/errors.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';

/** Drops ORM bookkeeping so the export is plain data. */
const plain = <T extends object>(row: T) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

/** Everything this subgraph holds about one volunteer, as one JSON document (GDPR art. 15 and 20). */
export async function exportVolunteer(em: EntityManager, id: string): Promise<Record<string, unknown>> {
  const volunteer = await em.findOne(Volunteer, { id });
  if (!volunteer) throw new NotFoundError('Volunteer', id);
  const [consents, compliance, engagements, interests, assignments, hours] = await Promise.all([
    em.find(Consent, { volunteerId: id }, { orderBy: { givenAt: 'asc' } }),
    em.findOne(Compliance, { volunteerId: id }),
    em.find(Engagement, { volunteerId: id }, { orderBy: { appliedOn: 'asc' } }),
    em.find(Interest, { volunteerId: id }, { orderBy: { createdAt: 'asc' } }),
    em.find(Assignment, { volunteerId: id }, { orderBy: { startDate: 'asc' } }),
    em.find(HoursEntry, { volunteerId: id }, { orderBy: { date: 'asc' } }),
  ]);
  return {
    format: 'samspill-volunteer-export/1',
    exportedAt: new Date().toISOString(),
    volunteer: plain(volunteer),
    consents: consents.map(plain),
    compliance: compliance ? plain(compliance) : null,
    engagements: engagements.map(plain),
    interests: interests.map(plain),
    assignments: assignments.map((a) => ({ ...plain(a), hours: hours.filter((h) => h.assignmentId === a.id).map(plain) })),
  };
}
