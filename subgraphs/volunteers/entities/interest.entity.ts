import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { InterestStatus } from '../enums.js';

/** A volunteer's interest in an opportunity; accepting it creates an assignment. */
@ObjectType({ description: 'A volunteer\'s interest in an opportunity.' })
@Entity({ tableName: 'interest' })
export class Interest {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  opportunityId!: string;

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Field(() => InterestStatus)
  @Property({ type: 'string' })
  status: InterestStatus = InterestStatus.PENDING;

  @Property({ type: 'string', length: 36, nullable: true })
  assignmentId: string | null = null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
