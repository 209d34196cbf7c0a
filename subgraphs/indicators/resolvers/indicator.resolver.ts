import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { loaders } from '../loaders.js';
import { visibleIndicators } from '../visibility.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Indicator definitions the caller may see, optionally of one topic.' })
  indicators(@Arg('topic', () => String, { nullable: true }) topic: string | null, @Ctx() ctx: Context) {
    return ctx.em.find(Indicator, { $and: [topic ? { topic } : {}, visibleIndicators(ctx.caller)] }, { orderBy: { code: 'asc' } });
  }

  @Query(() => Indicator, { nullable: true, description: 'One indicator definition; null when unknown or not visible to the caller.' })
  indicator(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return loaders.indicator(ctx).load(code);
  }

  @FieldResolver(() => [Observation], { description: 'The observations of the indicator the caller may see.' })
  async observations(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return (await loaders.observationsByIndicator(ctx).load(indicator.code)) ?? [];
  }
}
