import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { QBFilterQuery } from '@mikro-orm/knex';
import type { Context } from '../../common/context.js';
import { visibleAgreements } from '../access.js';
import { AgreementStatus as S, AgreementType, CommitmentKind } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';

@ObjectType({ description: 'How many agreements of one type.' })
class AgreementTypeCount {
  @Field(() => AgreementType, { description: 'The agreement type.' }) type!: AgreementType;
  @Field(() => Int, { description: 'Number of agreements of the type that the caller may see.' }) count!: number;
}

@ObjectType({ description: 'How many agreements have one status (today).' })
class AgreementStatusCount {
  @Field(() => S, { description: 'The agreement status.' }) status!: S;
  @Field(() => Int, { description: 'Number of agreements with the status that the caller may see.' }) count!: number;
}

@ObjectType({
  description: "A municipality's agreements that the caller may see, counted, and their money (whole NOK; Float so sums never overflow).",
})
export class AgreementStats {
  @Field(() => Int, { description: 'Number of agreements of the municipality that the caller may see, all types and statuses.' })
  total!: number;
  @Field(() => [AgreementTypeCount], { description: 'Every type, zeros included.' }) byType!: AgreementTypeCount[];
  @Field(() => [AgreementStatusCount], { description: 'Every status, zeros included.' }) byStatus!: AgreementStatusCount[];
  @Field(() => Int, { description: 'The year of the funding figures.' }) year!: number;
  @Field(() => Float, { description: 'Awarded for the year, over all agreements.' }) fundingAwardedNok!: number;
  @Field(() => Float, { description: 'Disbursed for the year, over all agreements.' }) fundingDisbursedNok!: number;
  @Field(() => Float, { description: 'Annual municipal funding committed by the active agreements.' }) committedAnnualFundingNok!: number;
}

const sum = (rows: { n: unknown }[]) => rows.reduce((acc, r) => acc + Number(r.n ?? 0), 0);

/** Stats per `code|year` key: three grouped queries per year asked, however many municipalities. */
export const statsLoader = (ctx: Context) =>
  ctx.loader<string, AgreementStats>('agreementStats', async (keys) => {
    const codes = [...new Set(keys.map((k) => k.split('|')[0]))];
    const years = [...new Set(keys.map((k) => Number(k.split('|')[1])))];
    const knex = ctx.em.getKnex();
    const visible = () =>
      ctx.em
        .createQueryBuilder(Agreement, 'v')
        .select('v.id')
        .where(visibleAgreements(ctx.em, ctx.caller) as QBFilterQuery<Agreement>)
        .andWhere({ municipalityCode: { $in: codes } })
        .getKnexQuery();
    const today = ctx.clock.today();
    // Counted by the status today (rules/lifecycle statusOn), not the stored one, which waits for the sweep.
    const statusToday = knex.raw('case when status in (?, ?) and end_date < ? then ? else status end as status', [
      S.DRAFT,
      S.ACTIVE,
      today,
      S.EXPIRED,
    ]);
    const counts: { code: string; type: AgreementType; status: S; n: unknown }[] = await knex
      .from(knex('agreement').select('municipality_code as code', 'type', statusToday).whereIn('id', visible()).as('t'))
      .select('code', 'type', 'status')
      .count('* as n')
      .groupBy('code', 'type', 'status');
    const committed: { code: string; n: unknown }[] = await knex('agreement_commitment as c')
      .join('agreement as a', 'a.id', 'c.agreement_id')
      .select('a.municipality_code as code')
      .sum('c.annual_amount_nok as n')
      .where('c.kind', CommitmentKind.FUNDING)
      .andWhere('a.status', S.ACTIVE)
      .andWhere((running) => running.whereNull('a.end_date').orWhere('a.end_date', '>=', today))
      .whereIn('a.id', visible())
      .groupBy('a.municipality_code');
    const funding: { code: string; year: unknown; awarded: unknown; disbursed: unknown }[] = await knex('agreement_funding as f')
      .join('agreement as a', 'a.id', 'f.agreement_id')
      .select('a.municipality_code as code', 'f.year')
      .sum('f.awarded_nok as awarded')
      .sum('f.disbursed_nok as disbursed')
      .whereIn('f.year', years)
      .whereIn('a.id', visible())
      .groupBy('a.municipality_code', 'f.year');
    return keys.map((key) => {
      const [code, yearText] = key.split('|');
      const year = Number(yearText);
      const mine = counts.filter((r) => r.code === code);
      const money = funding.find((r) => r.code === code && Number(r.year) === year);
      return {
        total: sum(mine),
        byType: Object.values(AgreementType).map((type) => ({ type, count: sum(mine.filter((r) => r.type === type)) })),
        byStatus: Object.values(S).map((status) => ({ status, count: sum(mine.filter((r) => r.status === status)) })),
        year,
        fundingAwardedNok: Number(money?.awarded ?? 0),
        fundingDisbursedNok: Number(money?.disbursed ?? 0),
        committedAnnualFundingNok: sum(committed.filter((r) => r.code === code)),
      };
    });
  });
