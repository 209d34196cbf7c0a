import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { EngagementStatus } from '../enums.js';

@ObjectType({ description: "A volunteer's engagement with an organisation. Resolves only for the volunteer, the organisation and admins." })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'engagement' })
export class Engagement {
  [OptionalProps]?: 'id' | 'status' | 'startDate' | 'endDate' | 'version';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the engagement (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => EngagementStatus, { description: 'Where the engagement is: applicant, active, inactive or archived.' })
  @Property({ type: 'string' })
  status: EngagementStatus = EngagementStatus.APPLICANT;

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { description: 'When the volunteer applied.' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { nullable: true, description: 'The day the volunteer became active with the organisation.' })
  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { nullable: true, description: 'The day the engagement ended; null while it lasts.' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Directive('@tag(name: "personal")')
  @Field(() => Int, { description: 'Optimistic concurrency: send it back with a change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
