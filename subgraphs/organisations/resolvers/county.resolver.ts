import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { County } from '../entities/county.entity.js';
import { Municipality } from '../entities/municipality.entity.js';
import { loaders } from '../loaders.js';

@Resolver(() => County)
export class CountyResolver {
  @Query(() => County, { nullable: true })
  county(@Arg('code', () => String) code: string, @Ctx() ctx: Context) {
    return loaders.county(ctx).load(code);
  }

  @Query(() => [County])
  counties(@Ctx() ctx: Context) {
    return ctx.em.find(County, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => [Municipality])
  async municipalities(@Root() county: County, @Ctx() ctx: Context) {
    return (await loaders.countyMunicipalities(ctx).load(county.code)) ?? [];
  }
}
