import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The definition of a research indicator, with its source.' })
@Directive('@key(fields: "code")')
@Entity({ tableName: 'indicator' })
export class Indicator {
  /** Columns with a default, which `em.create` may leave out. */
  [OptionalProps]?: 'unitEn' | 'decimals' | 'sourceYear' | 'sourceUrl' | 'published' | 'live';

  @Field(() => String, { description: 'Stable code of the indicator, e.g. "agreements_total"; the key researchers cite.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Name in Norwegian (bokmål).' })
  @Property({ type: 'string' })
  nameNb!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string' })
  nameEn!: string;

  @Field(() => String, { description: 'What the indicator measures, in Norwegian.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'Unit of the values, e.g. "årsverk", "prosent", "antall".' })
  @Property({ type: 'string' })
  unit!: string;

  @Field(() => String, { description: 'The unit in English, e.g. "full-time equivalents", "percent", "count".' })
  @Property({ type: 'string' })
  unitEn: string = '';

  @Field(() => Int, { description: 'Decimals to show the values with.' })
  @Property({ type: 'integer' })
  decimals: number = 0;

  @Field(() => String, { description: 'Topic code: agreements, care_services, cooperation, funding, policy, population or volunteering.' })
  @Property({ type: 'string' })
  topic!: string;

  @Field(() => String, { description: 'The publication the figures come from.' })
  @Property({ type: 'text' })
  sourcePublication!: string;

  @Field(() => Int, { nullable: true, description: 'Year of the source publication; null when not dated.' })
  @Property({ type: 'integer', nullable: true })
  sourceYear: number | null = null;

  @Field(() => String, { nullable: true, description: 'Where the source publication can be read; null when not online.' })
  @Property({ type: 'string', nullable: true })
  sourceUrl: string | null = null;

  @Field(() => String, { description: 'How the values were made (survey, count, ratio per 1,000 inhabitants …).' })
  @Property({ type: 'text' })
  method!: string;

  @Field(() => Boolean, { description: 'Unpublished indicators are seen by researchers, services and admins only.' })
  @Property({ type: 'boolean' })
  published: boolean = true;

  @Field(() => Boolean, {
    description: 'Computed from the graph itself and stored per period by the snapshot job (`npm run indicators:snapshot`).',
  })
  @Property({ type: 'boolean' })
  live: boolean = false;
}
