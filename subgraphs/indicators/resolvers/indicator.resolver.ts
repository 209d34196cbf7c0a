import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { paginate, pageWindow } from '../../common/pagination.js';
import { Indicator } from '../entities/indicator.entity.js';
import type { Observation } from '../entities/observation.entity.js';
import { loaders } from '../loaders.js';
import { IndicatorObservationArgs } from '../inputs/indicator-observations.args.js';
import { pagesByIndicator } from '../services/observation-pages.service.js';
import { checkSelection } from '../services/selection.service.js';
import { RESTRICTED, visibleIndicators } from '../access.js';
import { ObservationConnection } from './observation.resolver.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Directive(RESTRICTED)
  @Query(() => [Indicator], {
    description:
      'Indicator definitions the caller may see, optionally of one topic: the table catalogue (GET /export/tables) in GraphQL, with `periods`, `areaLevels`, `lastUpdated` and `areaVintage`.',
  })
  indicators(
    @Arg('topic', () => String, { nullable: true, description: 'Topic code, e.g. agreements or volunteering; leave out for all topics.' })
    topic: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.em.find(Indicator, { $and: [topic ? { topic } : {}, visibleIndicators(ctx.caller)] }, { orderBy: { code: 'asc' } });
  }

  @Directive(RESTRICTED)
  @Query(() => Indicator, { nullable: true, description: 'One indicator definition; null when unknown or not visible to the caller.' })
  indicator(@Arg('code', () => String, { description: 'Code of the indicator.' }) code: string, @Ctx() ctx: Context) {
    return loaders.indicator(ctx).load(code);
  }

  @FieldResolver(() => ID, { description: 'Stable identity for client caches: the indicator code, as `code`.' })
  id(@Root() indicator: Indicator): string {
    return indicator.code;
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => ObservationConnection, {
    description: 'The observations of the indicator the caller may see, paged; the same page of every indicator in one query.',
  })
  async observations(
    @Root() indicator: Indicator,
    @Args(() => IndicatorObservationArgs) args: IndicatorObservationArgs,
    @Ctx() ctx: Context,
  ) {
    const { first, after, ...selection } = args;
    const window = pageWindow({ first, after });
    await checkSelection(ctx.em, ctx.caller, selection);
    const pages = ctx.loader<string, [Observation[], number]>(`observationPages:${JSON.stringify([selection, window])}`, async (codes) => {
      const found = await pagesByIndicator(ctx.em, ctx.caller, codes, selection, window);
      return codes.map((code) => found.get(code) ?? [[], 0]);
    });
    return paginate({ first, after }, async () => (await pages.load(indicator.code)) ?? [[], 0]);
  }
}
