import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { subquery } from '../../common/db.js';
import type { Context } from '../../common/context.js';
import { groupByKeys } from '../../common/context.js';
import { CountyRef, MunicipalityRef } from '../stubs.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { seesUnpublished } from '../visibility.js';

/** Observations of the indicators the caller may see, for many areas in one query. */
function observationsFor(ctx: Context, areaCode: string, indicators: string[] | null) {
  const key = `observations:${(indicators ?? []).join(',')}`;
  return ctx
    .loader<string, Observation[]>(key, async (codes) => {
      const visible = seesUnpublished(ctx.caller) ? {} : { indicatorCode: { $in: subquery(ctx.em.createQueryBuilder(Indicator, 'i').select('i.code').where({ published: true })) } };
      const rows = await ctx.em.find(
        Observation,
        { $and: [{ areaCode: { $in: [...codes] } }, visible, indicators?.length ? { indicatorCode: { $in: indicators } } : {}] },
        { orderBy: { indicatorCode: 'asc', periodStart: 'asc' } },
      );
      return groupByKeys(codes, rows, (o) => o.areaCode);
    })
    .load(areaCode);
}

@Resolver(() => MunicipalityRef)
export class MunicipalityIndicatorsResolver {
  @FieldResolver(() => [Observation], { nullable: true, description: 'Indicator observations for the municipality.' })
  async observations(
    @Root() municipality: MunicipalityRef,
    @Arg('indicators', () => [String], { nullable: true }) indicators: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return (await observationsFor(ctx, municipality.code, indicators)) ?? [];
  }
}

@Resolver(() => CountyRef)
export class CountyIndicatorsResolver {
  @FieldResolver(() => [Observation], { nullable: true, description: 'Indicator observations for the county.' })
  async observations(@Root() county: CountyRef, @Arg('indicators', () => [String], { nullable: true }) indicators: string[] | null, @Ctx() ctx: Context) {
    return (await observationsFor(ctx, county.code, indicators)) ?? [];
  }
}
