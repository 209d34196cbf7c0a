import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import type { VolunteerAccess } from './access.js';
import { loaders } from './loaders.js';

/** `__resolveReference` of every entity this subgraph owns or extends, batched through loaders.ts and checked by access.ts. */
export function referenceResolvers(access: VolunteerAccess): GraphQLResolverMap<Context> {
  return {
    // A Volunteer resolves for anyone who holds its key; every personal field still checks the caller.
    Volunteer: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.volunteer(ctx).load(ref.id) },
    Opportunity: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.opportunity(ctx).load(ref.id) },
    // Who works where is personal: these resolve to null for a caller who may not see them.
    Assignment: {
      __resolveReference: async (ref: { id: string }, ctx: Context) => {
        const a = await loaders.assignment(ctx).load(ref.id);
        return a && (await access.maySeeWork(ctx, { assignmentId: a.id, organisationId: a.organisationId, volunteerId: a.volunteerId }))
          ? a
          : null;
      },
    },
    Engagement: {
      __resolveReference: async (ref: { id: string }, ctx: Context) => {
        const e = await loaders.engagement(ctx).load(ref.id);
        return e && access.maySeeEngagement(ctx, e) ? e : null;
      },
    },
    HoursEntry: {
      __resolveReference: async (ref: { id: string }, ctx: Context) => {
        const h = await loaders.hoursEntry(ctx).load(ref.id);
        return h && (await access.maySeeWork(ctx, h)) ? h : null;
      },
    },
    Municipality: { __resolveReference: stubReference },
    Organisation: { __resolveReference: stubReference },
    Agreement: { __resolveReference: stubReference },
  };
}
