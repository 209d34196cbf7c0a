import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { County } from '../entities/county.entity.js';
import { Municipality } from '../entities/municipality.entity.js';
import { VolunteerPolicyInput } from '../inputs/municipality.input.js';
import { loaders } from '../loaders.js';
import { listMunicipalities, updateVolunteerPolicy } from '../services/municipality.service.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, { nullable: true, description: 'A municipality by its four-digit code.' })
  municipality(
    @Arg('code', () => MunicipalityCodeScalar, { description: 'Four-digit municipality number (kommunenummer), 2024 division.' })
    code: string,
    @Ctx() ctx: Context,
  ) {
    return loaders.municipality(ctx).load(code);
  }

  @Query(() => [Municipality], { description: 'All 357 municipalities, or those of one county, by code.' })
  municipalities(
    @Arg('countyCode', () => String, {
      nullable: true,
      description: 'Two-digit county number (fylkesnummer); leave out for all municipalities.',
    })
    countyCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return listMunicipalities(ctx.em, countyCode);
  }

  @Mutation(() => Municipality, {
    description: "Updates a municipality's volunteer policy and coordinator contact: the municipality itself or an admin.",
  })
  updateVolunteerPolicy(
    @Arg('code', () => MunicipalityCodeScalar, { description: 'The municipality (four-digit kommunenummer).' }) code: string,
    @Arg('version', () => Int, { description: "The municipality's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => VolunteerPolicyInput, { description: 'The fields to change; fields left out stay as they are, null clears.' })
    input: VolunteerPolicyInput,
    @Ctx() ctx: Context,
  ) {
    return updateVolunteerPolicy(ctx, code, version, input);
  }

  @FieldResolver(() => ID, { description: 'Stable identity for client caches (Apollo Client, urql): the municipality number, as `code`.' })
  id(@Root() municipality: Municipality): string {
    return municipality.code;
  }

  @FieldResolver(() => County, { description: 'The county (fylke) the municipality lies in.' })
  county(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return loaders.county(ctx).load(municipality.countyCode);
  }
}
