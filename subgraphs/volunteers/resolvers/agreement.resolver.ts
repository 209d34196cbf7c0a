import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { groupByKeys } from '../../common/context.js';
import { Assignment } from '../entities/assignment.entity.js';
import { AgreementRef } from '../stubs.js';
import { assignmentFilter } from '../visibility.js';

@Resolver(() => AgreementRef)
export class AgreementVolunteersResolver {
  @FieldResolver(() => [Assignment], { nullable: true, description: 'Assignments under the agreement that the caller coordinates (empty for the public).' })
  async assignments(@Root() agreement: AgreementRef, @Ctx() ctx: Context) {
    const visible = assignmentFilter(ctx.caller);
    if (!visible) return [];
    const rows = await ctx
      .loader<string, Assignment[]>('assignmentsByAgreement', async (ids) =>
        groupByKeys(ids, await ctx.em.find(Assignment, { $and: [{ agreementId: { $in: [...ids] } }, visible] }, { orderBy: { startDate: 'asc', id: 'asc' } }), (a) => a.agreementId),
      )
      .load(agreement.id);
    return rows ?? [];
  }
}
