import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { loaders } from './loaders.js';

export const referenceResolvers: GraphQLResolverMap<Context> = {
  Indicator: { __resolveReference: (ref: { code: string }, ctx: Context) => loaders.indicator(ctx).load(ref.code) },
  Municipality: { __resolveReference: stubReference },
  County: { __resolveReference: stubReference },
};
