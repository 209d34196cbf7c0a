import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection, paginate } from '../../common/pagination.js';
import { Observation } from '../entities/observation.entity.js';
import { ObservationArgs } from '../selection/selection.args.js';
import { checkSelection, OBSERVATION_ORDER, selectionWhere } from '../selection/selection.js';

export const ObservationConnection = Connection(Observation);

@Resolver(() => Observation)
export class ObservationResolver {
  @Query(() => ObservationConnection, {
    description: 'Observations by indicator, area (municipal, county and national rows side by side), area level and period. For bulk use, GET /export/observations.csv or .json-stat with the same filters.',
  })
  async observations(@Args(() => ObservationArgs) args: ObservationArgs, @Ctx() ctx: Context) {
    await checkSelection(ctx.em, ctx.caller, args);
    const where = selectionWhere(ctx.em, ctx.caller, args);
    return paginate(args, ({ limit, offset }) => ctx.em.findAndCount(Observation, where, { orderBy: OBSERVATION_ORDER, limit, offset }));
  }
}
