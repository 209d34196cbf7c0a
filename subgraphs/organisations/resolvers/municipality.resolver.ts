import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { isCountyCode } from '../../common/municipalities.js';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { County } from '../entities/county.entity.js';
import { Municipality } from '../entities/municipality.entity.js';
import { loaders } from '../loaders.js';
import { VolunteerPolicyInput } from '../municipality.input.js';
import { updateVolunteerPolicy } from '../municipality.service.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, { nullable: true, description: 'A municipality by its four-digit code.' })
  municipality(@Arg('code', () => MunicipalityCodeScalar) code: string, @Ctx() ctx: Context) {
    return loaders.municipality(ctx).load(code);
  }

  @Query(() => [Municipality], { description: 'All 357 municipalities, or those of one county, by code.' })
  municipalities(@Arg('countyCode', () => String, { nullable: true }) countyCode: string | null, @Ctx() ctx: Context) {
    if (countyCode != null && !isCountyCode(countyCode)) throw new BadUserInputError('countyCode', `"${countyCode}" is not a county in the 2024 division`);
    return ctx.em.find(Municipality, countyCode ? { countyCode } : {}, { orderBy: { code: 'asc' } });
  }

  @Mutation(() => Municipality, { description: 'Updates a municipality\'s volunteer policy and coordinator contact: the municipality itself or an admin.' })
  updateVolunteerPolicy(
    @Arg('code', () => MunicipalityCodeScalar) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VolunteerPolicyInput) input: VolunteerPolicyInput,
    @Ctx() ctx: Context,
  ) {
    return updateVolunteerPolicy(ctx.em, ctx.caller, code, version, input);
  }

  @FieldResolver(() => County)
  county(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return loaders.county(ctx).load(municipality.countyCode);
  }
}
