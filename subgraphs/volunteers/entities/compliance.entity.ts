import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

export interface TrainingCourseRecord {
  course: string;
  completedOn: string;
}

@ObjectType({ description: 'A completed training course.' })
export class TrainingCourse {
  @Field(() => String) course!: string;
  @Field(() => DateScalar) completedOn!: string;
}

/**
 * What a coordinator has checked about a volunteer. The police certificate
 * (politiattest) itself is never stored: only that it was seen, by whom and
 * until when it is valid.
 */
@ObjectType({ description: 'Police certificate, confidentiality declaration and training of a volunteer.' })
@Entity({ tableName: 'compliance' })
export class Compliance {
  @PrimaryKey({ type: 'string', length: 36 })
  volunteerId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When a coordinator saw the politiattest.' })
  @Property({ type: 'date', nullable: true })
  policeCertificateVerifiedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who saw it (the coordinator\'s token subject).' })
  @Property({ type: 'string', nullable: true })
  policeCertificateVerifiedBy: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  policeCertificateValidUntil: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'When the taushetserklæring was signed.' })
  @Property({ type: 'date', nullable: true })
  confidentialitySignedOn: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  confidentialityValidUntil: string | null = null;

  @Field(() => [TrainingCourse])
  @Property({ type: 'json' })
  courses: TrainingCourseRecord[] = [];
}
