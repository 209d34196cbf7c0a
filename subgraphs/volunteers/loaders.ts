import { raw } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { Assignment } from './entities/assignment.entity.js';
import { Compliance } from './entities/compliance.entity.js';
import { Consent } from './entities/consent.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { Interest } from './entities/interest.entity.js';
import { Opportunity } from './entities/opportunity.entity.js';
import { Volunteer } from './entities/volunteer.entity.js';
import { AssignmentStatus } from './enums.js';

/** Per-request batched lookups: one SQL query per kind, however many keys a request asks for. */
export const loaders = {
  volunteer: (ctx: Context) =>
    ctx.loader<string, Volunteer>('volunteer', async (ids) => byKeys(ids, await ctx.em.find(Volunteer, { id: { $in: [...ids] } }), (v) => v.id)),
  compliance: (ctx: Context) =>
    ctx.loader<string, Compliance>('compliance', async (ids) =>
      byKeys(ids, await ctx.em.find(Compliance, { volunteerId: { $in: [...ids] } }), (c) => c.volunteerId),
    ),
  consents: (ctx: Context) =>
    ctx.loader<string, Consent[]>('consents', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Consent, { volunteerId: { $in: [...ids] } }, { orderBy: { givenAt: 'asc' } }), (c) => c.volunteerId),
    ),
  engagements: (ctx: Context) =>
    ctx.loader<string, Engagement[]>('engagements', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Engagement, { volunteerId: { $in: [...ids] } }, { orderBy: { appliedOn: 'asc', id: 'asc' } }), (e) => e.volunteerId),
    ),
  assignments: (ctx: Context) =>
    ctx.loader<string, Assignment[]>('assignments', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Assignment, { volunteerId: { $in: [...ids] } }, { orderBy: { startDate: 'asc', id: 'asc' } }), (a) => a.volunteerId),
    ),
  interests: (ctx: Context) =>
    ctx.loader<string, Interest[]>('interests', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Interest, { volunteerId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }), (i) => i.volunteerId),
    ),
  hours: (ctx: Context) =>
    ctx.loader<string, HoursEntry[]>('hours', async (ids) =>
      groupByKeys(ids, await ctx.em.find(HoursEntry, { assignmentId: { $in: [...ids] } }, { orderBy: { date: 'asc' } }), (h) => h.assignmentId),
    ),
  opportunity: (ctx: Context) =>
    ctx.loader<string, Opportunity>('opportunity', async (ids) => byKeys(ids, await ctx.em.find(Opportunity, { id: { $in: [...ids] } }), (o) => o.id)),
  opportunitiesByMunicipality: (ctx: Context) =>
    ctx.loader<string, Opportunity[]>('opportunitiesByMunicipality', async (codes) =>
      groupByKeys(codes, await ctx.em.find(Opportunity, { municipalityCode: { $in: [...codes] } }, { orderBy: { startDate: 'desc', id: 'asc' } }), (o) => o.municipalityCode),
    ),
  opportunitiesByOrganisation: (ctx: Context) =>
    ctx.loader<string, Opportunity[]>('opportunitiesByOrganisation', async (ids) =>
      groupByKeys(ids, await ctx.em.find(Opportunity, { organisationId: { $in: [...ids] } }, { orderBy: { startDate: 'desc', id: 'asc' } }), (o) => o.organisationId!),
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
};
