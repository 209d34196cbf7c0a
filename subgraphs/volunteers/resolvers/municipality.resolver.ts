import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { checkStatsYear } from '../rules/validation.js';
import type { StatsSettings } from '../stats/stats.build.js';
import { municipalityStats } from '../stats/stats.service.js';
import { VolunteerStats } from '../stats/stats.types.js';
import { MunicipalityRef } from '../stubs.js';

@Resolver(() => MunicipalityRef)
export class MunicipalityVolunteersResolver {
  private readonly stats: StatsSettings;
  constructor(deps: VolunteersDeps) {
    this.stats = deps.stats;
  }

  @FieldResolver(() => VolunteerStats, {
    nullable: true,
    description: 'Volunteers, hours and FTE in the municipality from approved hours, with small cells suppressed.',
  })
  volunteerStats(
    @Root() municipality: MunicipalityRef,
    @Arg('year', () => Int, { description: 'The calendar year of the approved hours.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    checkStatsYear(year);
    return municipalityStats(ctx, this.stats, municipality.code, year);
  }

  @FieldResolver(() => [Opportunity], { nullable: true, description: 'Needs for volunteer effort in the municipality.' })
  async opportunities(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return (await loaders.opportunitiesByMunicipality(ctx).load(municipality.code)) ?? [];
  }
}
