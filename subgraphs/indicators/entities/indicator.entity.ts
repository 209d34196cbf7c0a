import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The definition of a research indicator, with its source.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'indicator' })
export class Indicator {
  @Field(() => String)
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Name in Norwegian (bokmål).' })
  @Property({ type: 'string' })
  nameNb!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Unit of the values, e.g. "årsverk", "prosent", "antall".' })
  @Property({ type: 'string' })
  unit!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  decimals: number = 0;

  @Field(() => String)
  @Property({ type: 'string' })
  topic!: string;

  @Field(() => String, { description: 'The publication the figures come from.' })
  @Property({ type: 'text' })
  sourcePublication!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  sourceYear: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  sourceUrl: string | null = null;

  @Field(() => String)
  @Property({ type: 'text' })
  method!: string;

  @Field(() => Boolean, { description: 'Unpublished indicators are seen by researchers, services and admins only.' })
  @Property({ type: 'boolean' })
  published: boolean = true;

  @Field(() => Boolean, { description: 'Computed from the graph itself and stored per period by the snapshot job (`npm run indicators:snapshot`).' })
  @Property({ type: 'boolean' })
  live: boolean = false;
}
