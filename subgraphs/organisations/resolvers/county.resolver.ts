import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { County } from '../entities/county.entity.js';
import { Municipality } from '../entities/municipality.entity.js';
import { loaders } from '../loaders.js';

@Resolver(() => County)
export class CountyResolver {
  @Query(() => County, { nullable: true, description: 'A county by its two-digit number; null when there is none.' })
  county(
    @Arg('code', () => String, { description: 'Two-digit county number (fylkesnummer), 2024 division.' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return loaders.county(ctx).load(code);
  }

  @Directive('@listSize(assumedSize: 15)')
  @Query(() => [County], { description: 'All counties (fylker) of the 2024 division.' })
  counties(@Ctx() ctx: Context) {
    return ctx.em.find(County, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => ID, { description: 'Stable identity for client caches: the county number, as `code`.' })
  id(@Root() county: County): string {
    return county.code;
  }

  @Directive('@listSize(assumedSize: 50)')
  @FieldResolver(() => [Municipality], { description: 'The municipalities of the county.' })
  async municipalities(@Root() county: County, @Ctx() ctx: Context) {
    return (await loaders.countyMunicipalities(ctx).load(county.code)) ?? [];
  }
}
