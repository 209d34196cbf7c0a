import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { byKeys } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { Volunteer } from './entities/volunteer.entity.js';

export const referenceResolvers: GraphQLResolverMap<Context> = {
  // The entity resolves for anyone who holds a key; its personal fields still check the caller.
  Volunteer: {
    __resolveReference: (ref: { id: string }, ctx: Context) =>
      ctx.loader<string, Volunteer>('volunteer', async (ids) => byKeys(ids, await ctx.em.find(Volunteer, { id: { $in: [...ids] } }), (v) => v.id)).load(ref.id),
  },
  Municipality: { __resolveReference: stubReference },
};
