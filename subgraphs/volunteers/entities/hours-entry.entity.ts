import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';

/**
 * Hours of work on one assignment on one day (one entry per assignment and day).
 * Organisation, municipality and the volunteer's age band are copied in when
 * the entry is made, so statistics need no personal field and do not change
 * when the volunteer is erased (the volunteer id then points at an empty row).
 */
@ObjectType({ description: 'Hours on one assignment on one day. Resolves only for those who may see the assignment.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'hours_entry' })
export class HoursEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  assignmentId!: string;

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Property({ type: 'string', length: 4 })
  municipalityCode!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  hours!: number;

  @Field(() => String)
  @Property({ type: 'string' })
  activity!: string;

  /** Age band in the entry's year (rules/age.ts), for statistics. */
  @Property({ type: 'string' })
  ageBand!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  approved: boolean = false;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
