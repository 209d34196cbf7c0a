import { Arg, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { requireSnapshotWriter } from '../access.js';
import { ReplaceLiveObservationsInput } from '../inputs/snapshot.input.js';
import { replaceLiveObservations, type Replacement } from '../services/snapshot.service.js';

@ObjectType({ description: 'What a replacement did.' })
class ReplaceLiveObservationsResult implements Replacement {
  @Field(() => String, { description: 'The live indicator whose values were replaced.' }) indicatorCode!: string;
  @Field(() => String, { description: 'The period replaced.' }) period!: string;
  @Field(() => Int, { description: 'Observations of the period removed first.' }) removed!: number;
  @Field(() => Int, { description: 'Observations stored.' }) stored!: number;
}

@Resolver()
export class SnapshotResolver {
  @Mutation(() => ReplaceLiveObservationsResult, {
    description:
      "Stores a live indicator's values for one period, replacing those stored before for that period (the snapshot job; service and admin only).",
  })
  replaceLiveObservations(
    @Arg('input', () => ReplaceLiveObservationsInput, { description: 'The indicator, the period and all its values.' })
    input: ReplaceLiveObservationsInput,
    @Ctx() ctx: Context,
  ): Promise<Replacement> {
    requireSnapshotWriter(ctx.caller);
    return replaceLiveObservations(ctx.em, ctx.clock, input);
  }
}
