import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { AreaLevel, ObservationStatus } from '../enums.js';

@ObjectType({ description: 'A value of an indicator for an area and a period.' })
@Entity({ tableName: 'observation' })
export class Observation {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string' })
  indicatorCode!: string;

  @Field(() => AreaLevel)
  @Property({ type: 'string' })
  areaLevel!: AreaLevel;

  @Field(() => String, { description: 'Municipality code, county code, or "NO" for the whole country.' })
  @Property({ type: 'string' })
  areaCode!: string;

  @Field(() => String, { description: 'The period as given: a year ("2014") or a date range ("2026-01-01/2026-06-30").' })
  @Property({ type: 'string' })
  period!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodStart!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Low end, where the source gives a range.' })
  @Property({ type: 'double', nullable: true })
  low: number | null = null;

  @Field(() => Float, { nullable: true, description: 'High end, where the source gives a range.' })
  @Property({ type: 'double', nullable: true })
  high: number | null = null;

  @Field(() => ObservationStatus)
  @Property({ type: 'string' })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'Source of this value when it differs from the indicator\'s.' })
  @Property({ type: 'text', nullable: true })
  source: string | null = null;

  @Field(() => DateTimeScalar, { description: 'When the value was stored (a snapshot run or the seed).' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();
}
