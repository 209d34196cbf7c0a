import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { check, yearProblem } from '../../common/validators.js';
import { MunicipalityRef } from '../stubs.js';
import { Agreement } from '../entities/agreement.entity.js';
import { loaders } from '../loaders.js';
import { AgreementStats, statsLoader } from '../services/stats.service.js';

@Resolver(() => MunicipalityRef)
export class MunicipalityAgreementsResolver {
  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [Agreement], { nullable: true, description: 'Agreements of the municipality that the caller may see.' })
  async agreements(@Root() municipality: MunicipalityRef, @Ctx() ctx: Context) {
    return (await loaders.byMunicipality(ctx).load(municipality.code)) ?? [];
  }

  @FieldResolver(() => AgreementStats, {
    nullable: true,
    description: 'Counts by type and status of the agreements the caller may see, and their funding.',
  })
  agreementStats(
    @Root() municipality: MunicipalityRef,
    @Arg('year', () => Int, { nullable: true, description: 'Year of the funding figures (default this year).' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    const y = year ?? ctx.clock.year();
    check('year', yearProblem(y));
    return statsLoader(ctx).load(`${municipality.code}|${y}`);
  }
}
