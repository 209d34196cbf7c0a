import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { RESTRICTED } from '../access.js';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { check } from '../../common/validators.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import { loaders } from '../loaders.js';
import { periodProblem } from '../rules/periods.js';
import { CountyRef, MunicipalityRef } from '../stubs.js';

/** Checks the field arguments once per request, then loads all areas' observations in one query. */
async function observationsOf(ctx: Context, areaCode: string, indicators: string[] | null, periods: string[] | null) {
  for (const [i, period] of (periods ?? []).entries()) check(`periods[${i}]`, periodProblem(period));
  if (indicators?.length) {
    const found = await loaders.indicator(ctx).loadMany(indicators);
    const unknown = found.findIndex((i) => !(i instanceof Indicator));
    if (unknown >= 0) throw new BadUserInputError(`indicators[${unknown}]`, `"${indicators[unknown]}" is not a known indicator code`);
  }
  return (
    (await loaders.observationsByArea(ctx, indicators?.length ? indicators : null, periods?.length ? periods : null).load(areaCode)) ?? []
  );
}

/** The indicators with at least one observation the caller may see for the area. */
async function indicatorsOf(ctx: Context, areaCode: string) {
  const codes = [...new Set((await observationsOf(ctx, areaCode, null, null)).map((o) => o.indicatorCode))];
  return (await loaders.indicator(ctx).loadMany(codes)).filter((i): i is Indicator => i instanceof Indicator);
}

const INDICATORS_ARG = { nullable: true, description: 'Only these indicator codes.' } as const;
const PERIODS_ARG = {
  nullable: true,
  description: 'Only observations whose period lies within one of these ("2026", "2026-01-01/2026-06-30").',
} as const;

@Resolver(() => MunicipalityRef)
export class MunicipalityIndicatorsResolver {
  @Directive(RESTRICTED)
  @FieldResolver(() => [Observation], { nullable: true, description: 'Indicator observations for the municipality.' })
  observations(
    @Root() municipality: MunicipalityRef,
    @Arg('indicators', () => [String], INDICATORS_ARG) indicators: string[] | null,
    @Arg('periods', () => [String], PERIODS_ARG) periods: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return observationsOf(ctx, municipality.code, indicators, periods);
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => [Indicator], { nullable: true, description: 'Indicators observed for the municipality.' })
  indicators(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return indicatorsOf(ctx, municipality.code);
  }
}

@Resolver(() => CountyRef)
export class CountyIndicatorsResolver {
  @Directive(RESTRICTED)
  @FieldResolver(() => [Observation], { nullable: true, description: 'Indicator observations for the county.' })
  observations(
    @Root() county: CountyRef,
    @Arg('indicators', () => [String], INDICATORS_ARG) indicators: string[] | null,
    @Arg('periods', () => [String], PERIODS_ARG) periods: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return observationsOf(ctx, county.code, indicators, periods);
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => [Indicator], { nullable: true, description: 'Indicators observed for the county.' })
  indicators(@Root() county: CountyRef, @Ctx() ctx: Context) {
    return indicatorsOf(ctx, county.code);
  }
}
