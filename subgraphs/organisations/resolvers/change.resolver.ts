import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { Connection, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionShape } from '../../common/pagination.js';
import { OrganisationChange } from '../entities/organisation-change.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { loaders } from '../loaders.js';

const OrganisationChangeConnection = Connection(OrganisationChange);

/** Cursors name a sequence number, not an offset, so they stay valid however the feed grows. */
export const changeCursor = (sequence: number) => Buffer.from(`change:${sequence}`).toString('base64url');

export function sequenceOf(cursor: string): number {
  const match = /^change:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadUserInputError('after', `"${cursor}" is not a cursor of organisationChanges`);
  return Number(match[1]);
}

@Resolver(() => OrganisationChange)
export class ChangeResolver {
  @Query(() => OrganisationChangeConnection, {
    description:
      'Every create, update and deactivation of an organisation, in commit order. Keep the last endCursor and pass it as `after` ' +
      'to resume (after a crash too) without missing or repeating a change. totalCount counts the changes after `after`.',
  })
  async organisationChanges(
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<ConnectionShape<OrganisationChange>> {
    const limit = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new BadUserInputError('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`);
    const from = after ? sequenceOf(after) : 0;
    const where = { sequence: { $gt: from } };
    const rows = await ctx.em.find(OrganisationChange, where, { orderBy: { sequence: 'asc' }, limit });
    const totalCount = await ctx.em.count(OrganisationChange, where);
    const edges = rows.map((node) => ({ cursor: changeCursor(node.sequence), node }));
    return {
      edges,
      totalCount,
      pageInfo: {
        hasNextPage: totalCount > rows.length,
        hasPreviousPage: from > 0,
        startCursor: edges[0]?.cursor ?? null,
        // An empty page keeps the caller where it was.
        endCursor: edges.at(-1)?.cursor ?? after ?? null,
      },
    };
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation as it is now.' })
  organisation(@Root() change: OrganisationChange, @Ctx() ctx: Context) {
    return loaders.organisation(ctx).load(change.organisationId);
  }
}
