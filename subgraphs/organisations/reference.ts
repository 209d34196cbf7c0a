import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Context } from '../common/context.js';
import { loaders } from './loaders.js';

/** Entity references from other subgraphs, batched through the request's loaders. */
export const referenceResolvers: GraphQLResolverMap<Context> = {
  Municipality: {
    __resolveReference: (ref: { code: string }, ctx: Context) => loaders.municipality(ctx).load(ref.code),
  },
  County: {
    __resolveReference: (ref: { code: string }, ctx: Context) => loaders.county(ctx).load(ref.code),
  },
  Organisation: {
    __resolveReference: (ref: { id?: string; orgNumber?: string }, ctx: Context) =>
      ref.id ? loaders.organisation(ctx).load(ref.id) : ref.orgNumber ? loaders.organisationByOrgNumber(ctx).load(ref.orgNumber) : null,
  },
  Service: {
    __resolveReference: (ref: { id: string }, ctx: Context) => loaders.service(ctx).load(ref.id),
  },
};
