import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { seesUnpublished } from '../visibility.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Indicator definitions, optionally of one topic.' })
  indicators(@Arg('topic', () => String, { nullable: true }) topic: string | null, @Ctx() ctx: Context) {
    return ctx.em.find(Indicator, { ...(topic ? { topic } : {}), ...(seesUnpublished(ctx.caller) ? {} : { published: true }) }, { orderBy: { code: 'asc' } });
  }

  @Query(() => Indicator, { nullable: true })
  indicator(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Indicator, { code, ...(seesUnpublished(ctx.caller) ? {} : { published: true }) });
  }

  @FieldResolver(() => [Observation])
  observations(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return ctx.em.find(Observation, { indicatorCode: indicator.code }, { orderBy: { areaCode: 'asc', periodStart: 'asc' } });
  }
}
