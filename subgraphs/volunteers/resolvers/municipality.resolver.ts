import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { loaders } from '../loaders.js';
import { municipalityStats } from '../stats/stats.service.js';
import { VolunteerStats } from '../stats/stats.types.js';
import { MunicipalityRef } from '../stubs.js';

export function checkYear(year: number) {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new BadUserInputError('year', `must be a year between 1990 and 2100, got ${year}`);
}

@Resolver(() => MunicipalityRef)
export class MunicipalityVolunteersResolver {
  @FieldResolver(() => VolunteerStats, { nullable: true, description: 'Volunteers, hours and FTE in the municipality from approved hours, with small cells suppressed.' })
  volunteerStats(@Root() municipality: MunicipalityRef, @Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    checkYear(year);
    return municipalityStats(ctx, municipality.code, year);
  }

  @FieldResolver(() => [Opportunity], { nullable: true, description: 'Needs for volunteer effort in the municipality.' })
  async opportunities(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return (await loaders.opportunitiesByMunicipality(ctx).load(municipality.code)) ?? [];
  }
}
