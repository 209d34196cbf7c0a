import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection } from '../../common/pagination.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementsArgs, ExpiringAgreementsArgs } from '../inputs/agreements.args.js';
import { loaders } from '../loaders.js';
import { expiringAgreements, listAgreements } from '../services/agreement-query.service.js';

const AgreementConnection = Connection(Agreement);

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement the caller may see.' })
  agreement(@Arg('id', () => ID, { description: 'Identifier of the agreement.' }) id: string, @Ctx() ctx: Context) {
    return loaders.agreement(ctx).load(id);
  }

  @Query(() => AgreementConnection, { description: 'Agreements the caller may see, filtered and paged, by title.' })
  agreements(@Args(() => AgreementsArgs) { filter, ...page }: AgreementsArgs, @Ctx() ctx: Context) {
    return listAgreements(ctx, filter, page);
  }

  @Query(() => AgreementConnection, {
    description: 'Active agreements the caller may see whose end date is within `withinDays` days from today, soonest first.',
  })
  expiringAgreements(
    @Args(() => ExpiringAgreementsArgs) { withinDays, municipalityCode, ...page }: ExpiringAgreementsArgs,
    @Ctx() ctx: Context,
  ) {
    return expiringAgreements(ctx, withinDays, municipalityCode, page);
  }
}
