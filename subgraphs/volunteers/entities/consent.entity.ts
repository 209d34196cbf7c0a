import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';

/** A consent the volunteer gave for one purpose; withdrawing keeps the record of when. */
@ObjectType({ description: 'Consent for one purpose (GDPR art. 7): when given and, if so, withdrawn.' })
@Entity({ tableName: 'consent' })
export class Consent {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  purpose!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date' })
  givenAt: Date = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'Date', nullable: true })
  withdrawnAt: Date | null = null;
}
