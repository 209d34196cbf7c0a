import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { MunicipalityRef, OrganisationRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { loaders } from '../loaders.js';
import { visibleAgreements } from '../visibility.js';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement the caller may see.' })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Agreement, { $and: [{ id }, visibleAgreements(ctx.em, ctx.caller)] });
  }

  @FieldResolver(() => MunicipalityRef)
  municipality(@Root() agreement: Agreement): MunicipalityRef {
    return { code: agreement.municipalityCode };
  }

  @FieldResolver(() => [OrganisationRef], { description: 'The organisations that are party to the agreement.' })
  async parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<OrganisationRef[]> {
    return ((await loaders.partyIds(ctx).load(agreement.id)) ?? []).map((id) => ({ id }));
  }
}
