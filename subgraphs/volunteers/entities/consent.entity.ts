import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';

/** A consent the volunteer gave for one purpose; withdrawing keeps the record of when. */
@ObjectType({ description: 'Consent for one purpose (GDPR art. 7): when given and, if so, withdrawn.' })
@Entity({ tableName: 'consent' })
export class Consent {
  [OptionalProps]?: 'id' | 'givenAt' | 'withdrawnAt';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the consent (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => String, { description: 'What the consent is for, e.g. "contact about opportunities".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  purpose!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => DateTimeScalar, { description: 'When the consent was given (UTC).' })
  @Property({ type: 'Date' })
  givenAt: Date = new Date();

  @Directive('@tag(name: "personal")')
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the consent was withdrawn (UTC); null while in force.' })
  @Property({ type: 'Date', nullable: true })
  withdrawnAt: Date | null = null;
}
