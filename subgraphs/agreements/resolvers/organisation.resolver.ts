import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { OrganisationRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { loaders } from '../loaders.js';

@Resolver(() => OrganisationRef)
export class OrganisationAgreementsResolver {
  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Agreement], { nullable: true, description: 'Agreements the organisation is party to that the caller may see.' })
  async agreements(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    return (await loaders.byOrganisation(ctx).load(organisation.id)) ?? [];
  }
}
