import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { MunicipalityRef } from '../stubs.js';
import { hoursByKey, toStats, VolunteerStats } from '../stats.js';

@Resolver(() => MunicipalityRef)
export class MunicipalityVolunteersResolver {
  @FieldResolver(() => VolunteerStats, { nullable: true, description: 'Volunteer hours and volunteers in the municipality, with small counts suppressed.' })
  volunteerStats(@Root() municipality: MunicipalityRef, @Arg('year', () => Int) year: number, @Ctx() ctx: Context) {
    return ctx
      .loader<string, VolunteerStats>(`volunteerStats:${year}`, async (codes) => {
        const found = new Map((await hoursByKey(ctx.em, 'municipality_code', codes, year)).map((r) => [r.key, r]));
        return codes.map((code) => toStats(year, found.get(code)));
      })
      .load(municipality.code);
  }
}
