import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../common/context.js';
import { groupByKeys } from '../../common/context.js';
import { UnreachableCaseError } from '../../common/errors.js';
import { Assignment } from '../entities/assignment.entity.js';
import { AgreementRef } from '../stubs.js';

/** Assignments a caller may list: who works where is personal, so only their coordinators, the volunteer and admins. */
function visibleAssignments(ctx: Context): FilterQuery<Assignment> | null {
  const { caller } = ctx;
  switch (caller.role) {
    case 'admin':
      return {};
    case 'organisation':
      return { organisationId: caller.organisationId };
    case 'municipality':
      return { municipalityCode: caller.municipalityCode };
    case 'volunteer':
      return { volunteerId: caller.volunteerId };
    case 'anonymous':
    case 'researcher':
    case 'service':
      return null;
    default:
      throw new UnreachableCaseError(caller.role);
  }
}

@Resolver(() => AgreementRef)
export class AgreementVolunteersResolver {
  @FieldResolver(() => [Assignment], { nullable: true, description: 'Assignments under the agreement that the caller coordinates (empty for the public).' })
  async assignments(@Root() agreement: AgreementRef, @Ctx() ctx: Context) {
    const visible = visibleAssignments(ctx);
    if (!visible) return [];
    const rows = await ctx
      .loader<string, Assignment[]>('assignmentsByAgreement', async (ids) =>
        groupByKeys(ids, await ctx.em.find(Assignment, { $and: [{ agreementId: { $in: [...ids] } }, visible] }, { orderBy: { startDate: 'asc', id: 'asc' } }), (a) => a.agreementId),
      )
      .load(agreement.id);
    return rows ?? [];
  }
}
