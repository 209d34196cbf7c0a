import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { checkStatsYear } from '../rules/validation.js';
import type { StatsSettings } from '../stats/stats.build.js';
import { organisationStats } from '../stats/stats.service.js';
import { VolunteerStats } from '../stats/stats.types.js';
import { OrganisationRef } from '../stubs.js';

@Resolver(() => OrganisationRef)
export class OrganisationVolunteersResolver {
  private readonly stats: StatsSettings;
  constructor(deps: VolunteersDeps) {
    this.stats = deps.stats;
  }

  @FieldResolver(() => VolunteerStats, {
    nullable: true,
    description:
      'Volunteers, hours and FTE of the organisation, suppressed also where it would reveal another organisation in the same municipality.',
  })
  volunteerStats(
    @Root() organisation: OrganisationRef,
    @Arg('year', () => Int, { description: 'The calendar year of the approved hours.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    checkStatsYear(year);
    return organisationStats(ctx, this.stats, organisation.id, year);
  }

  @FieldResolver(() => [Opportunity], { nullable: true, description: 'Needs for volunteer effort the organisation published.' })
  async opportunities(@Root() organisation: OrganisationRef, @Ctx() ctx: Context) {
    return (await loaders.opportunitiesByOrganisation(ctx).load(organisation.id)) ?? [];
  }
}
