import { GraphQLScalarType } from 'graphql';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { exportVolunteer } from '../services/export.service.js';
import { selfOrAdmin } from '../access.js';

/** A JSON document, as is (only the export uses it). */
const JSONDocumentScalar = new GraphQLScalarType({
  name: 'JSONDocument',
  description: 'A JSON object, returned as is.',
  serialize: (value) => value,
});

@Resolver()
export class ExportResolver {
  @Directive('@tag(name: "personal")')
  @Query(() => JSONDocumentScalar, {
    description:
      'All data held about the signed-in volunteer as one JSON document (also GET /volunteers/me/export on this subgraph). Admins name the volunteerId.',
  })
  myData(
    @Arg('volunteerId', () => ID, {
      nullable: true,
      description: 'Admins only: the volunteer whose data to export (a volunteer exports their own).',
    })
    volunteerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return exportVolunteer(ctx, selfOrAdmin(ctx.caller, volunteerId, 'myData'));
  }
}
