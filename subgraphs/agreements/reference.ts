import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { loaders } from './loaders.js';

export const referenceResolvers: GraphQLResolverMap<Context> = {
  Agreement: { __resolveReference: (ref: { id: string }, ctx: Context) => loaders.agreement(ctx).load(ref.id) },
  Municipality: { __resolveReference: stubReference },
  Organisation: { __resolveReference: stubReference },
};
