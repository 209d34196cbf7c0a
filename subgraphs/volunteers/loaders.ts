import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { subquery } from '../common/db.js';
import { Assignment } from './entities/assignment.entity.js';
import { ComplianceRecord } from './entities/compliance-record.entity.js';
import { Consent } from './entities/consent.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Interest } from './entities/interest.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { AssignmentStatus, EngagementStatus, InterestStatus } from './enums.js';

/** Per-request batched lookups: one SQL query per kind, however many keys a request asks for. */
export const loaders = {
  volunteer: (ctx: Context) =>
    ctx.loader<string, Volunteer>('volunteer', async (ids) =>
      byKeys(ids, await ctx.em.find(Volunteer, { id: { $in: [...ids] } }), (v) => v.id),
    ),
  assignment: (ctx: Context) =>
    ctx.loader<string, Assignment>('assignment', async (ids) =>
      byKeys(ids, await ctx.em.find(Assignment, { id: { $in: [...ids] } }), (a) => a.id),
    ),
  engagement: (ctx: Context) =>
    ctx.loader<string, Engagement>('engagement', async (ids) =>
      byKeys(ids, await ctx.em.find(Engagement, { id: { $in: [...ids] } }), (e) => e.id),
    ),
  hoursEntry: (ctx: Context) =>
    ctx.loader<string, HoursEntry>('hoursEntry', async (ids) =>
      byKeys(ids, await ctx.em.find(HoursEntry, { id: { $in: [...ids] } }), (h) => h.id),
    ),
  complianceRecords: (ctx: Context) =>
    ctx.loader<string, ComplianceRecord[]>('complianceRecords', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(
          ComplianceRecord,
          { volunteerId: { $in: [...ids] } },
          { orderBy: { verifiedOn: 'asc', recordedAt: 'asc', id: 'asc' } },
        ),
        (c) => c.volunteerId,
      ),
    ),
  consents: (ctx: Context) =>
    ctx.loader<string, Consent[]>('consents', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(Consent, { volunteerId: { $in: [...ids] } }, { orderBy: { givenAt: 'asc' } }),
        (c) => c.volunteerId,
      ),
    ),
  engagements: (ctx: Context) =>
    ctx.loader<string, Engagement[]>('engagements', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(Engagement, { volunteerId: { $in: [...ids] } }, { orderBy: { appliedOn: 'asc', id: 'asc' } }),
        (e) => e.volunteerId,
      ),
    ),
  assignments: (ctx: Context) =>
    ctx.loader<string, Assignment[]>('assignments', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(Assignment, { volunteerId: { $in: [...ids] } }, { orderBy: { startDate: 'asc', id: 'asc' } }),
        (a) => a.volunteerId,
      ),
    ),
  interests: (ctx: Context) =>
    ctx.loader<string, Interest[]>('interests', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(Interest, { volunteerId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }),
        (i) => i.volunteerId,
      ),
    ),
  hours: (ctx: Context) =>
    ctx.loader<string, HoursEntry[]>('hours', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(HoursEntry, { assignmentId: { $in: [...ids] } }, { orderBy: { date: 'asc' } }),
        (h) => h.assignmentId,
      ),
    ),
  opportunity: (ctx: Context) =>
    ctx.loader<string, Opportunity>('opportunity', async (ids) =>
      byKeys(ids, await ctx.em.find(Opportunity, { id: { $in: [...ids] } }), (o) => o.id),
    ),
  opportunitiesByMunicipality: (ctx: Context) =>
    ctx.loader<string, Opportunity[]>('opportunitiesByMunicipality', async (codes) =>
      groupByKeys(
        codes,
        await ctx.em.find(Opportunity, { municipalityCode: { $in: [...codes] } }, { orderBy: { startDate: 'desc', id: 'asc' } }),
        (o) => o.municipalityCode,
      ),
    ),
  opportunitiesByOrganisation: (ctx: Context) =>
    ctx.loader<string, Opportunity[]>('opportunitiesByOrganisation', async (ids) =>
      groupByKeys(
        ids,
        await ctx.em.find(Opportunity, { organisationId: { $in: [...ids] } }, { orderBy: { startDate: 'desc', id: 'asc' } }),
        (o) => o.organisationId ?? [],
      ),
    ),
  /** Assignments made under each opportunity and not cancelled: the places taken (counted in SQL). */
  placesTaken: (ctx: Context) =>
    ctx.loader<string, number>('placesTaken', async (ids) => {
      const rows: { opportunity_id: string; taken: number | string }[] = await ctx.em
        .createQueryBuilder(Assignment, 'a')
        .select(['a.opportunity_id', raw('count(*) as taken')])
        .where({ opportunityId: { $in: [...ids] }, status: { $ne: AssignmentStatus.CANCELLED } })
        .groupBy('a.opportunity_id')
        .execute('all', false);
      const taken = new Map(rows.map((r) => [r.opportunity_id, Number(r.taken)]));
      return ids.map((id) => taken.get(id) ?? 0);
    }),
  /** Which volunteers have a current (non-archived) engagement with the organisation (access.ts decides what that opens). */
  engagedWith: (ctx: Context, organisationId: string) =>
    ctx.loader<string, boolean>(`engagedWith:${organisationId}`, async (ids) => {
      const engaged = new Set(
        (await ctx.em.find(Engagement, { volunteerId: { $in: [...ids] }, organisationId, status: { $ne: EngagementStatus.ARCHIVED } })).map(
          (e) => e.volunteerId,
        ),
      );
      return ids.map((id) => engaged.has(id));
    }),
  /** Which volunteers are (still) interested in an opportunity of the publisher: an organisation, or a municipality in its own name. */
  interestedIn: (ctx: Context, publisher: { organisationId: string } | { municipalityCode: string; organisationId: null }) =>
    ctx.loader<string, boolean>(`interestedIn:${JSON.stringify(publisher)}`, async (ids) => {
      const published = ctx.em.createQueryBuilder(Opportunity, 'o').select('o.id').where(publisher);
      const rows = await ctx.em.find(Interest, {
        volunteerId: { $in: [...ids] },
        status: { $ne: InterestStatus.WITHDRAWN },
        opportunityId: { $in: subquery(published) },
      });
      const interested = new Set(rows.map((i) => i.volunteerId));
      return ids.map((id) => interested.has(id));
    }),
  /** The organisations through whose assignments matching `work` (one filter a request) each volunteer is seen. */
  workOrganisations: (ctx: Context, work: FilterQuery<Assignment>) =>
    ctx.loader<string, string[]>('workOrganisations', async (ids) => {
      const rows = await ctx.em.find(Assignment, { $and: [work, { volunteerId: { $in: [...ids] } }] });
      return groupByKeys(ids, rows, (a) => a.volunteerId).map((list) => [...new Set(list.map((a) => a.organisationId))]);
    }),
  /** The agreements a municipality's assignments are under. */
  agreementsWorkedUnder: (ctx: Context) =>
    ctx.loader<string, string[]>('agreementsWorkedUnder', async (codes) => {
      const rows: { municipality_code: string; agreement_id: string }[] = await ctx.em
        .createQueryBuilder(Assignment, 'a')
        .select(['a.municipality_code', 'a.agreement_id'])
        .distinct()
        .where({ municipalityCode: { $in: [...codes] } })
        .execute('all', false);
      return groupByKeys(codes, rows, (r) => r.municipality_code).map((list) => list.map((r) => r.agreement_id));
    }),
};
