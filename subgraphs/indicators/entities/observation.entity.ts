import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { AreaLevel, ObservationStatus } from '../enums.js';

@ObjectType({ description: 'A value of an indicator for an area and a period.' })
@Entity({ tableName: 'observation' })
export class Observation {
  /** Columns with a default, which `em.create` may leave out. */
  [OptionalProps]?: 'id' | 'value' | 'low' | 'high' | 'note' | 'source';

  @Field(() => ID, { description: 'Identifier of the observation (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'The indicator the value is of.' })
  @Property({ type: 'string' })
  indicatorCode!: string;

  @Field(() => AreaLevel, { description: 'Whether the area is a municipality, a county or the whole country.' })
  @Property({ type: 'string' })
  areaLevel!: AreaLevel;

  @Field(() => String, { description: 'Municipality code, county code, or "NO" for the whole country.' })
  @Property({ type: 'string' })
  areaCode!: string;

  @Field(() => String, { description: 'The period as given: a year ("2014") or a date range ("2026-01-01/2026-06-30").' })
  @Property({ type: 'string' })
  period!: string;

  @Field(() => DateScalar, { description: 'First day of the period.' })
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => DateScalar, { description: 'Last day of the period.' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Float, { nullable: true, description: "The value, in the indicator's unit; null when suppressed or missing." })
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Low end, where the source gives a range.' })
  @Property({ type: 'double', nullable: true })
  low: number | null = null;

  @Field(() => Float, { nullable: true, description: 'High end, where the source gives a range.' })
  @Property({ type: 'double', nullable: true })
  high: number | null = null;

  @Field(() => ObservationStatus, { description: 'Final, provisional, suppressed or missing.' })
  @Property({ type: 'string' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true, description: 'Remark on the value, e.g. why it is suppressed or how it was estimated.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: "Source of this value when it differs from the indicator's." })
  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  @Field(() => DateTimeScalar, { description: 'When the value was stored (a snapshot run or the seed).' })
  @Property({ type: 'Date' })
  updatedAt!: Date;
}
