import { Args, Ctx, Directive, Query, Resolver } from 'type-graphql';
import { RESTRICTED } from '../access.js';
import type { Context } from '../../common/context.js';
import { Connection, paginate } from '../../common/pagination.js';
import { Observation } from '../entities/observation.entity.js';
import { ObservationArgs } from '../inputs/observations.args.js';
import { checkSelection, OBSERVATION_ORDER, selectionFilter } from '../services/selection.service.js';

export const ObservationConnection = Connection(Observation);

@Resolver(() => Observation)
export class ObservationResolver {
  @Directive(RESTRICTED)
  @Query(() => ObservationConnection, {
    description:
      'Observations by indicator, area (municipal, county and national rows side by side), area grouping, area level, period and latest periods. For bulk use, GET /export/observations.csv or .json-stat with the same filters; GET /export/tables lists what there is.',
  })
  async observations(@Args(() => ObservationArgs) args: ObservationArgs, @Ctx() ctx: Context) {
    await checkSelection(ctx.em, ctx.caller, args);
    const where = await selectionFilter(ctx.em, ctx.caller, args);
    return paginate(args, ({ limit, offset }) => ctx.em.findAndCount(Observation, where, { orderBy: OBSERVATION_ORDER, limit, offset }));
  }
}
