import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { MunicipalityRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { loaders } from '../loaders.js';

@Resolver(() => MunicipalityRef)
export class MunicipalityAgreementsResolver {
  @FieldResolver(() => [Agreement], { nullable: true, description: 'Agreements of the municipality that the caller may see.' })
  async agreements(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return (await loaders.byMunicipality(ctx).load(municipality.code)) ?? [];
  }
}
