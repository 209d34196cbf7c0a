import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { AssignmentStatus } from '../enums.js';

/**
 * An assignment (oppdrag): a volunteer doing an activity at a place for an
 * organisation under an agreement. The requirements are the opportunity's or
 * coordinator's together with the agreement's (see opportunity.entity.ts).
 */
@ObjectType({ description: 'An assignment (oppdrag) of a volunteer under an agreement. Resolves only for its volunteer, coordinators and admins.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'assignment' })
export class Assignment {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  /** The agreement's municipality, as the agreements subgraph gave it when the assignment was made. */
  @Property({ type: 'string', length: 4 })
  municipalityCode!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  opportunityId: string | null = null;

  @Field(() => String, { description: 'Where, e.g. a nursing home.' })
  @Property({ type: 'string' })
  place!: string;

  @Field(() => String, { description: 'Activity code (shared taxonomy).' })
  @Property({ type: 'string' })
  activity!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => AssignmentStatus)
  @Property({ type: 'string' })
  status: AssignmentStatus = AssignmentStatus.PLANNED;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  requiresPoliceCertificate: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  requiresConfidentialityDeclaration: boolean = false;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  requiresTraining: boolean = false;

  @Field(() => [String])
  @Property({ type: 'json' })
  requiredCourses: string[] = [];

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
