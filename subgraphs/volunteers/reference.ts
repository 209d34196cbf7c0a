import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { loaders } from './loaders.js';

export const referenceResolvers: GraphQLResolverMap<Context> = {
  // A Volunteer resolves for anyone who holds its key; every personal field still checks the caller (access.ts).
  Volunteer: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.volunteer(ctx).load(ref.id) },
  Opportunity: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.opportunity(ctx).load(ref.id) },
  Municipality: { __resolveReference: stubReference },
  Organisation: { __resolveReference: stubReference },
  Agreement: { __resolveReference: stubReference },
};
