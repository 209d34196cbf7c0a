import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError, ForbiddenError } from '../../common/errors.js';
import { OrganisationStatus } from '../enums.js';
import { Organisation } from '../entities/organisation.entity.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from '../organisation.input.js';
import { createOrganisation, updateOrganisation } from '../organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationMutationResolver {
  @Mutation(() => Organisation, { description: 'Registers an organisation. Admins may create any; an organisation may create its own chapters.' })
  async createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'organisation'], 'createOrganisation');
    if (ctx.caller.role === 'organisation' && input.parentId !== ctx.caller.organisationId) {
      throw new ForbiddenError('an organisation may only create its own chapters (parentId must be your organisation)');
    }
    return createOrganisation(ctx.em, input);
  }

  @Mutation(() => Organisation, { description: 'Updates an organisation: admins any, an organisation itself and its chapters. A stale version gets CONFLICT.' })
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return updateOrganisation(ctx.em, ctx.caller, id, version, input);
  }

  @Mutation(() => Organisation, { description: 'Marks an organisation inactive (or dissolved); it stays in the catalogue and the change feed.' })
  deactivateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    // No enum default here: the subgraph schema is rebuilt from SDL, where an enum default reaches the resolver by name, not value.
    @Arg('status', () => OrganisationStatus, { nullable: true, description: 'INACTIVE (default) or DISSOLVED.' }) requested: OrganisationStatus | null,
    @Ctx() ctx: Context,
  ) {
    const status = requested ?? OrganisationStatus.INACTIVE;
    if (status === OrganisationStatus.ACTIVE) throw new BadUserInputError('status', 'deactivate to INACTIVE or DISSOLVED; updateOrganisation reactivates');
    return updateOrganisation(ctx.em, ctx.caller, id, version, { status });
  }
}
