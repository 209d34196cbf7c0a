import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { paginate, pageWindow } from '../../common/pagination.js';
import { Indicator } from '../entities/indicator.entity.js';
import type { Observation } from '../entities/observation.entity.js';
import { loaders } from '../loaders.js';
import { IndicatorObservationArgs } from '../selection/indicator-observations.args.js';
import { pagesByIndicator } from '../selection/pages.js';
import { checkSelection } from '../selection/selection.js';
import { visibleIndicators } from '../visibility.js';
import { ObservationConnection } from './observation.resolver.js';

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

  @FieldResolver(() => ObservationConnection, { description: 'The observations of the indicator the caller may see, paged; the same page of every indicator in one query.' })
  async observations(@Root() indicator: Indicator, @Args(() => IndicatorObservationArgs) args: IndicatorObservationArgs, @Ctx() ctx: Context) {
    const { first, after, ...selection } = args;
    const window = pageWindow({ first, after });
    await checkSelection(ctx.em, ctx.caller, selection);
    const pages = ctx.loader<string, [Observation[], number]>(`observationPages:${JSON.stringify([selection, window])}`, async (codes) => {
      const found = await pagesByIndicator(ctx.em, ctx.caller, codes, selection, window);
      return codes.map((code) => found.get(code)!);
    });
    return paginate({ first, after }, async () => (await pages.load(indicator.code)) ?? [[], 0]);
  }
}
