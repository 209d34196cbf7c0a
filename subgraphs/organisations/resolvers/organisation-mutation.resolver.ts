import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { OrganisationStatus } from '../enums.js';
import { Organisation } from '../entities/organisation.entity.js';
import { CreateOrganisationInput, UpdateOrganisationInput } from '../inputs/organisation.input.js';
import { createOrganisation, deactivateOrganisation, updateOrganisation } from '../services/organisation.service.js';

@Resolver(() => Organisation)
export class OrganisationMutationResolver {
  @Mutation(() => Organisation, {
    description: 'Registers an organisation. Admins may create any; an organisation may create its own chapters.',
  })
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput, { description: 'The new organisation.' }) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return createOrganisation(ctx, input);
  }

  @Mutation(() => Organisation, {
    description: 'Updates an organisation: admins any, an organisation itself and its chapters. A stale version gets CONFLICT.',
  })
  updateOrganisation(
    @Arg('id', () => ID, { description: 'The organisation to change.' }) id: string,
    @Arg('version', () => Int, { description: "The organisation's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => UpdateOrganisationInput, { description: 'The fields to change; fields left out stay as they are, null clears.' })
    input: UpdateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return updateOrganisation(ctx, id, version, input);
  }

  @Mutation(() => Organisation, {
    description: 'Marks an organisation inactive (or dissolved); it stays in the catalogue and the change feed.',
  })
  deactivateOrganisation(
    @Arg('id', () => ID, { description: 'The organisation to deactivate.' }) id: string,
    @Arg('version', () => Int, { description: "The organisation's version as last read; a different current version fails with CONFLICT." })
    version: number,
    // No enum default here: the subgraph schema is rebuilt from SDL, where an enum default reaches the resolver by name, not value.
    @Arg('status', () => OrganisationStatus, { nullable: true, description: 'INACTIVE (default) or DISSOLVED.' })
    requested: OrganisationStatus | null,
    @Ctx() ctx: Context,
  ) {
    return deactivateOrganisation(ctx, id, version, requested ?? OrganisationStatus.INACTIVE);
  }
}
