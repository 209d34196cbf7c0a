import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
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
  [OptionalProps]?: 'id' | 'approved' | 'approvedAt' | 'approvedBy' | 'createdAt';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the hours entry (UUID).' })
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

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { description: 'The day the hours were worked.' })
  @Property({ type: 'date' })
  date!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => Float, { description: 'Hours worked that day, more than 0 and at most 24.' })
  @Property({ type: 'double' })
  hours!: number;

  @Directive('@tag(name: "personal")')
  @Field(() => String, { description: 'Activity code (shared taxonomy) of the work done.' })
  @Property({ type: 'string' })
  activity!: string;

  /** Age band in the entry's year (rules/age.ts), for statistics. */
  @Property({ type: 'string' })
  ageBand!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'Whether a coordinator has approved the hours; only approved hours count in statistics.' })
  @Property({ type: 'boolean' })
  approved: boolean = false;

  @Directive('@tag(name: "personal")')
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the hours were approved (UTC); null until then.' })
  @Property({ type: 'Date', nullable: true })
  approvedAt: Date | null = null;

  @Property({ type: 'string', nullable: true })
  approvedBy: string | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
