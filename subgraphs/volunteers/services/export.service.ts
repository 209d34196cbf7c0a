import type { Context } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { Assignment } from '../entities/assignment.entity.js';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';

/** Drops ORM bookkeeping so the export is plain data. */
const plain = (row: object): Record<string, unknown> => JSON.parse(JSON.stringify(row));

/** Everything this subgraph holds about one volunteer, as one JSON document (GDPR art. 15 and 20). */
export async function exportVolunteer(ctx: Context, id: string): Promise<Record<string, unknown>> {
  const { em } = ctx;
  const volunteer = await em.findOne(Volunteer, { id });
  if (!volunteer) throw new NotFoundError('Volunteer', id);
  const [consents, complianceRecords, engagements, interests, assignments, hours] = await Promise.all([
    em.find(Consent, { volunteerId: id }, { orderBy: { givenAt: 'asc' } }),
    em.find(ComplianceRecord, { volunteerId: id }, { orderBy: { verifiedOn: 'asc', recordedAt: 'asc', id: 'asc' } }),
    em.find(Engagement, { volunteerId: id }, { orderBy: { appliedOn: 'asc' } }),
    em.find(Interest, { volunteerId: id }, { orderBy: { createdAt: 'asc' } }),
    em.find(Assignment, { volunteerId: id }, { orderBy: { startDate: 'asc' } }),
    em.find(HoursEntry, { volunteerId: id }, { orderBy: { date: 'asc' } }),
  ]);
  return {
    format: 'samspill-volunteer-export/2',
    exportedAt: ctx.clock.now().toISOString(),
    volunteer: plain(volunteer),
    consents: consents.map(plain),
    // Every compliance record and who made it (verifierKind, verifierId: the organisation or municipality).
    complianceRecords: complianceRecords.map(plain),
    engagements: engagements.map(plain),
    interests: interests.map(plain),
    assignments: assignments.map((a) => ({ ...plain(a), hours: hours.filter((h) => h.assignmentId === a.id).map(plain) })),
  };
}
