import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { ReplaceLiveObservationsInput, ReplaceLiveObservationsResult } from '../snapshot/snapshot.input.js';
import { replaceLiveObservations } from '../snapshot/snapshot.service.js';

@Resolver()
export class SnapshotResolver {
  @Mutation(() => ReplaceLiveObservationsResult, {
    description: "Stores a live indicator's values for one period, replacing those stored before for that period (the snapshot job; service and admin only).",
  })
  replaceLiveObservations(@Arg('input', () => ReplaceLiveObservationsInput) input: ReplaceLiveObservationsInput, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['service', 'admin'], 'replaceLiveObservations');
    return replaceLiveObservations(ctx.em, input);
  }
}
