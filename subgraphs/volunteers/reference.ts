import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { byKeys } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { Assignment } from './entities/assignment.entity.js';
import { Engagement } from './entities/engagement.entity.js';
import { HoursEntry } from './entities/hours-entry.entity.js';
import { loaders } from './loaders.js';
import { maySeeAssignment, maySeeEngagement } from './visibility.js';

const byId = <T extends { id: string }>(ctx: Context, name: string, entity: new () => T) =>
  ctx.loader<string, T>(name, async (ids) => byKeys(ids, (await ctx.em.find(entity, { id: { $in: [...ids] } } as never)) as T[], (row) => row.id));

export const referenceResolvers: GraphQLResolverMap<Context> = {
  // A Volunteer resolves for anyone who holds its key; every personal field still checks the caller (access.ts).
  Volunteer: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.volunteer(ctx).load(ref.id) },
  Opportunity: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.opportunity(ctx).load(ref.id) },
  // Who works where is personal: these resolve to null for a caller who may not see them (visibility.ts).
  Assignment: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const a = await byId(ctx, 'assignmentRef', Assignment).load(ref.id);
      return a && maySeeAssignment(ctx.caller, a) ? a : null;
    },
  },
  Engagement: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const e = await byId(ctx, 'engagementRef', Engagement).load(ref.id);
      return e && maySeeEngagement(ctx.caller, e) ? e : null;
    },
  },
  HoursEntry: {
    __resolveReference: async (ref: { id: string }, ctx: Context) => {
      const h = await byId(ctx, 'hoursRef', HoursEntry).load(ref.id);
      return h && maySeeAssignment(ctx.caller, h) ? h : null;
    },
  },
  Municipality: { __resolveReference: stubReference },
  Organisation: { __resolveReference: stubReference },
  Agreement: { __resolveReference: stubReference },
};
