import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

@ObjectType('AgreementFunding', { description: 'Money under the agreement in one year, in whole NOK.' })
@Entity({ tableName: 'agreement_funding' })
export class Funding {
  [OptionalProps]?: 'awardedNok' | 'disbursedNok' | 'awardDate';

  @PrimaryKey({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => Int, { description: 'The calendar year the amounts are for.' })
  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'Amount awarded (tildelt) for the year.' })
  @Property({ type: 'integer', nullable: true })
  awardedNok: number | null = null;

  @Field(() => Int, { nullable: true, description: 'Amount paid out (utbetalt) so far.' })
  @Property({ type: 'integer', nullable: true })
  disbursedNok: number | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'When the award was decided (vedtaksdato).' })
  @Property({ type: 'date', nullable: true })
  awardDate: string | null = null;
}
