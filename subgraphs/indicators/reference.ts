import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { stubReference } from '../common/stubs.js';
import { Indicator } from './entities/indicator.entity.js';
import { seesUnpublished } from './visibility.js';

export const referenceResolvers: GraphQLResolverMap<Context> = {
  Indicator: {
    __resolveReference: (ref: { code: string }, ctx: Context) =>
      ctx.em.findOne(Indicator, { code: ref.code, ...(seesUnpublished(ctx.caller) ? {} : { published: true }) }),
  },
  Municipality: { __resolveReference: stubReference },
  County: { __resolveReference: stubReference },
};
