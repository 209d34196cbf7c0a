import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { Connection, paginate } from '../../common/pagination.js';
import { AgreementsArgs, ExpiringAgreementsArgs } from '../agreements.args.js';
import { addDays, todayInNorway } from '../clock.js';
import { AgreementStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { ensureSwept } from '../expiry.service.js';
import { applyFilter } from '../filters.js';
import { loaders } from '../loaders.js';
import { visibleWhere } from '../visibility.js';

const AgreementConnection = Connection(Agreement);

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: 'An agreement the caller may see.' })
  agreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return loaders.agreement(ctx).load(id);
  }

  @Query(() => AgreementConnection, { description: 'Agreements the caller may see, filtered and paged, by title.' })
  async agreements(@Args(() => AgreementsArgs) { filter, ...page }: AgreementsArgs, @Ctx() ctx: Context) {
    await ensureSwept(ctx);
    return paginate(page, ({ limit, offset }) => {
      const qb = ctx.em.createQueryBuilder(Agreement, 'a').select('a.*').where(visibleWhere(ctx.em, ctx.caller));
      applyFilter(ctx, qb, filter);
      return qb.orderBy({ title: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount();
    });
  }

  @Query(() => AgreementConnection, { description: 'Active agreements the caller may see whose end date is within `withinDays` days from today, soonest first.' })
  async expiringAgreements(@Args(() => ExpiringAgreementsArgs) { withinDays, municipalityCode, ...page }: ExpiringAgreementsArgs, @Ctx() ctx: Context) {
    if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) throw new BadUserInputError('withinDays', `must be between 0 and 3650, got ${withinDays}`);
    await ensureSwept(ctx);
    const today = todayInNorway();
    return paginate(page, ({ limit, offset }) => {
      const qb = ctx.em
        .createQueryBuilder(Agreement, 'a')
        .select('a.*')
        .where(visibleWhere(ctx.em, ctx.caller))
        .andWhere({ status: AgreementStatus.ACTIVE, endDate: { $gte: today, $lte: addDays(today, withinDays) } });
      if (municipalityCode) qb.andWhere({ municipalityCode });
      return qb.orderBy({ endDate: 'asc', title: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount();
    });
  }
}
