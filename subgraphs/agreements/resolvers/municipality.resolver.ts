import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError } from '../../common/errors.js';
import { MunicipalityRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { loaders } from '../loaders.js';
import { AgreementStats, statsLoader } from '../stats.js';
import { todayInNorway } from '../clock.js';

@Resolver(() => MunicipalityRef)
export class MunicipalityAgreementsResolver {
  @FieldResolver(() => [Agreement], { nullable: true, description: 'Agreements of the municipality that the caller may see.' })
  async agreements(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return (await loaders.byMunicipality(ctx).load(municipality.code)) ?? [];
  }

  @FieldResolver(() => AgreementStats, { nullable: true, description: 'Counts by type and status of the agreements the caller may see, and their funding.' })
  agreementStats(
    @Root() municipality: MunicipalityRef,
    @Arg('year', () => Int, { nullable: true, description: 'Year of the funding figures (default this year).' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    const y = year ?? Number(todayInNorway().slice(0, 4));
    if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new BadUserInputError('year', `${y} is not a plausible year`);
    return statsLoader(ctx).load(`${municipality.code}|${y}`);
  }
}
