import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { InterestStatus } from '../enums.js';

/** A volunteer's interest in an opportunity; accepting it creates an assignment. */
@ObjectType({ description: "A volunteer's interest in an opportunity." })
@Entity({ tableName: 'interest' })
export class Interest {
  [OptionalProps]?: 'id' | 'status' | 'assignmentId' | 'createdAt';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the interest (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  opportunityId!: string;

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => InterestStatus, { description: 'Pending, accepted (an assignment was made) or withdrawn.' })
  @Property({ type: 'string' })
  status: InterestStatus = InterestStatus.PENDING;

  @Property({ type: 'string', length: 36, nullable: true })
  assignmentId: string | null = null;

  @Directive('@tag(name: "personal")')
  @Field(() => DateTimeScalar, { description: 'When the volunteer expressed the interest (UTC).' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();
}
