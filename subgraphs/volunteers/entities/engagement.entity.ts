import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { EngagementStatus } from '../enums.js';

@ObjectType({ description: 'A volunteer\'s engagement with an organisation. Resolves only for the volunteer, the organisation and admins.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'engagement' })
export class Engagement {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Field(() => EngagementStatus)
  @Property({ type: 'string' })
  status: EngagementStatus = EngagementStatus.APPLICANT;

  @Field(() => DateScalar, { description: 'When the volunteer applied.' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
