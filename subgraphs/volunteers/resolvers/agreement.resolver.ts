import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { groupByKeys } from '../../common/context.js';
import { Assignment } from '../entities/assignment.entity.js';
import { AgreementRef } from '../stubs.js';
import type { VolunteerAccess } from '../access.js';
import type { VolunteersDeps } from '../index.js';

@Resolver(() => AgreementRef)
export class AgreementVolunteersResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [Assignment], {
    nullable: true,
    description: 'Assignments under the agreement that the caller coordinates (empty for the public).',
  })
  async assignments(@Root() agreement: AgreementRef, @Ctx() ctx: Context) {
    const visible = await this.access.assignmentFilter(ctx);
    if (!visible) return [];
    const rows = await ctx
      .loader<string, Assignment[]>('assignmentsByAgreement', async (ids) =>
        groupByKeys(
          ids,
          await ctx.em.find(
            Assignment,
            { $and: [{ agreementId: { $in: [...ids] } }, visible] },
            { orderBy: { startDate: 'asc', id: 'asc' } },
          ),
          (a) => a.agreementId,
        ),
      )
      .load(agreement.id);
    return rows ?? [];
  }
}
