import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection, type ConnectionShape } from '../../common/pagination.js';
import { OrganisationChange } from '../entities/organisation-change.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { loaders } from '../loaders.js';
import { readChanges } from '../services/change-feed.service.js';

const OrganisationChangeConnection = Connection(OrganisationChange);

@Resolver(() => OrganisationChange)
export class ChangeResolver {
  @Query(() => OrganisationChangeConnection, {
    description:
      'Every create, update and deactivation of an organisation, in commit order. Keep the last endCursor and pass it as `after` ' +
      'to resume (after a crash too) without missing or repeating a change. totalCount counts the changes after `after`.',
  })
  organisationChanges(
    @Arg('after', () => String, {
      nullable: true,
      description: 'endCursor of the last page read; leave out to start from the first change.',
    })
    after: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OrganisationChange>> {
    return readChanges(ctx.em, after, first);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation as it is now.' })
  organisation(@Root() change: OrganisationChange, @Ctx() ctx: Context) {
    return loaders.organisation(ctx).load(change.organisationId);
  }
}
