import { GraphQLScalarType } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { exportVolunteer } from '../services/export.service.js';
import { selfOrAdmin } from './volunteer-mutation.resolver.js';

/** A JSON document, as is (only the export uses it). */
export const JSONDocumentScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONDocument',
  description: 'A JSON object, returned as is.',
  serialize: (value) => value as Record<string, unknown>,
});

@Resolver()
export class ExportResolver {
  @Query(() => JSONDocumentScalar, {
    description: 'All data held about the signed-in volunteer as one JSON document (also GET /volunteers/me/export on this subgraph). Admins name the volunteerId.',
  })
  myData(@Arg('volunteerId', () => ID, { nullable: true }) volunteerId: string | null, @Ctx() ctx: Context) {
    return exportVolunteer(ctx.em, selfOrAdmin(ctx.caller, volunteerId, 'myData'));
  }
}
