import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { DateTimeScalar } from '../../common/scalars.js';
import { RESTRICTED } from '../access.js';
import { Indicator } from '../entities/indicator.entity.js';
import { AreaLevel } from '../enums.js';
import { loaders } from '../loaders.js';
import { AREA_VINTAGE, citation } from '../rules/cells.js';

/** The catalogue fields of an indicator (GET /export/tables in GraphQL), over the observations the caller may see. */
@Resolver(() => Indicator)
export class CatalogueResolver {
  @Directive(RESTRICTED)
  @FieldResolver(() => [String], { description: 'Periods with at least one observation the caller may see, in time order.' })
  async periods(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return (await loaders.tableFacts(ctx).load(indicator.code))?.periods ?? [];
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => [AreaLevel], { description: 'Area levels with at least one observation the caller may see.' })
  async areaLevels(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return (await loaders.tableFacts(ctx).load(indicator.code))?.areaLevels ?? [];
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => Int, { description: 'Observations the caller may see.' })
  async observationCount(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return (await loaders.tableFacts(ctx).load(indicator.code))?.observations ?? 0;
  }

  @Directive(RESTRICTED)
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the newest observation the caller may see was stored.' })
  async lastUpdated(@Root() indicator: Indicator, @Ctx() ctx: Context) {
    return (await loaders.tableFacts(ctx).load(indicator.code))?.updated ?? null;
  }

  @FieldResolver(() => String, {
    description: 'The division the area codes follow ("2024": SSB Klass 131 and 104); earlier years are given under the 2024 codes.',
  })
  areaVintage() {
    return AREA_VINTAGE;
  }

  @FieldResolver(() => String, { description: 'The source as researchers quote it: publication, year, address.' })
  citation(@Root() indicator: Indicator) {
    return citation(indicator);
  }
}
