import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { ComplianceKind, VerifierKind } from '../enums.js';

const PERSONAL = '@tag(name: "personal")';

/**
 * One check of a volunteer by one verifier: a politiattest seen (the certificate itself is
 * never stored: only that it was seen, by whom and until when it is valid), a
 * taushetserklæring signed, a course completed. A new check is a new record; none is
 * overwritten, so the history stays and no verifier can change another's.
 */
@ObjectType({
  description:
    'One compliance check of a volunteer (politiattest, taushetserklæring or a course) by one verifier. A new check is a new record.',
})
@Entity({ tableName: 'compliance_record' })
export class ComplianceRecord {
  [OptionalProps]?: 'id' | 'validUntil' | 'course' | 'verifierId' | 'recordedBy' | 'recordedAt';

  @Directive('@tag(name: "restricted")')
  @Field(() => ID, { description: 'Identifier of the record (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Directive(PERSONAL)
  @Field(() => ComplianceKind, { description: 'What the record is about: politiattest, taushetserklæring or a training course.' })
  @Property({ type: 'string' })
  kind!: ComplianceKind;

  @Directive(PERSONAL)
  @Field(() => DateScalar, { description: 'When the politiattest was seen, the taushetserklæring signed or the course completed.' })
  @Property({ type: 'date' })
  verifiedOn!: string;

  @Directive(PERSONAL)
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Until when it is valid (a politiattest always has an end; a declaration may not).',
  })
  @Property({ type: 'date', nullable: true })
  validUntil: string | null = null;

  @Directive(PERSONAL)
  @Field(() => String, { nullable: true, description: 'The course, for a training record.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  course: string | null = null;

  @Property({ type: 'string' })
  verifierKind!: VerifierKind;

  /** The organisation's id or the municipality's code; null for an administrator or an unknown verifier. */
  @Property({ type: 'string', length: 36, nullable: true })
  verifierId: string | null = null;

  @Directive(PERSONAL)
  @Field(() => String, { nullable: true, description: "Who recorded it (the coordinator's token subject)." })
  @Property({ type: 'string', nullable: true })
  recordedBy: string | null = null;

  @Directive(PERSONAL)
  @Field(() => DateTimeScalar, { description: 'When the record was made (UTC).' })
  @Property({ type: 'Date' })
  recordedAt: Date = new Date();
}

@ObjectType({ description: 'A completed training course.' })
class TrainingCourse {
  @Directive(PERSONAL) @Field(() => String, { description: 'Name of the course.' }) course!: string;
  @Directive(PERSONAL) @Field(() => DateScalar, { description: 'The day the course was completed.' }) completedOn!: string;
}

/**
 * The latest of each kind among the records the caller may read (compliance.resolver.ts):
 * the shape the single compliance row had, kept for clients that read it.
 */
@ObjectType({
  description:
    'Police certificate, confidentiality declaration and training of a volunteer: the latest of each among the records the caller may read.',
})
export class Compliance {
  @Directive(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'When a coordinator saw the politiattest.' })
  policeCertificateVerifiedOn!: string | null;
  @Directive(PERSONAL)
  @Field(() => String, { nullable: true, description: "Who saw it (the coordinator's token subject)." })
  policeCertificateVerifiedBy!: string | null;
  @Directive(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'Last day the politiattest is valid.' })
  policeCertificateValidUntil!: string | null;
  @Directive(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'When the taushetserklæring was signed.' })
  confidentialitySignedOn!: string | null;
  @Directive(PERSONAL)
  @Field(() => DateScalar, { nullable: true, description: 'Last day the taushetserklæring is valid; null when it does not run out.' })
  confidentialityValidUntil!: string | null;
  @Directive(PERSONAL)
  @Field(() => [TrainingCourse], { description: 'Training courses the volunteer has completed.' })
  courses!: TrainingCourse[];
}
