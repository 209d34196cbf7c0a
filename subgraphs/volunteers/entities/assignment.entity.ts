import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { AssignmentStatus } from '../enums.js';

/**
 * An assignment (oppdrag): a volunteer doing an activity at a place for an
 * organisation under an agreement. The requirements are the opportunity's or
 * coordinator's together with the agreement's (see opportunity.entity.ts).
 */
@ObjectType({
  description: 'An assignment (oppdrag) of a volunteer under an agreement. Resolves only for its volunteer, coordinators and admins.',
})
@Directive('@key(fields: "id")')
@Entity({ tableName: 'assignment' })
export class Assignment {
  [OptionalProps]?:
    | 'id'
    | 'opportunityId'
    | 'endDate'
    | 'status'
    | 'requiresPoliceCertificate'
    | 'requiresConfidentialityDeclaration'
    | 'requiresTraining'
    | 'requiredCourses'
    | 'version';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the assignment (UUID).' })
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

  @Directive('@tag(name: "personal")')
  @Field(() => String, { description: 'Where, e.g. a nursing home.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  place!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => String, { description: 'Activity code (shared taxonomy).' })
  @Property({ type: 'string' })
  activity!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { description: 'First day of the assignment.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Directive('@tag(name: "personal")')
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the assignment; null when open-ended.' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Directive('@tag(name: "personal")')
  @Field(() => AssignmentStatus, { description: 'Where the assignment is: planned, active, completed or cancelled.' })
  @Property({ type: 'string' })
  status: AssignmentStatus = AssignmentStatus.PLANNED;

  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'A valid politiattest is needed before the assignment becomes active.' })
  @Property({ type: 'boolean' })
  requiresPoliceCertificate: boolean = false;

  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'A signed taushetserklæring is needed before the assignment becomes active.' })
  @Property({ type: 'boolean' })
  requiresConfidentialityDeclaration: boolean = false;

  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'Some completed training (opplæring) is needed before the assignment becomes active.' })
  @Property({ type: 'boolean' })
  requiresTraining: boolean = false;

  @Directive('@tag(name: "personal")')
  @Field(() => [String], { description: 'Training courses the volunteer must have completed.' })
  @Property({ type: 'json' })
  requiredCourses: string[] = [];

  @Directive('@tag(name: "personal")')
  @Field(() => Int, { description: 'Optimistic concurrency: send it back with a change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
