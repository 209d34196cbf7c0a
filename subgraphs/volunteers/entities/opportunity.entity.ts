import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';

/**
 * A need for volunteer effort (kartlegging av behov for frivillig innsats),
 * published by an organisation or a municipality. Public: it names no person.
 *
 * Where requirements come from: the agreements subgraph owns agreements and
 * their volunteer requirements, so it is asked over HTTP (agreements.client.ts,
 * an `_entities` query with a timeout), never read. A coordinator may add
 * requirements of their own here (e.g. a named course). Both are kept: the
 * flags stored here and on each assignment are the coordinator's OR the
 * agreement's at the time of writing, and when an assignment becomes active
 * the agreement is asked again, so a requirement added to the agreement later
 * still applies. Stricter always wins; if the agreements subgraph cannot be
 * asked, activation is refused rather than let through unchecked.
 */
@ObjectType({ description: 'A need for volunteer effort that volunteers can express interest in.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'opportunity' })
export class Opportunity {
  [OptionalProps]?:
    | 'id'
    | 'description'
    | 'organisationId'
    | 'endDate'
    | 'requiresPoliceCertificate'
    | 'requiresConfidentialityDeclaration'
    | 'requiresTraining'
    | 'requiredCourses'
    | 'requiredSkills'
    | 'availability'
    | 'createdAt'
    | 'version';

  @Field(() => ID, { description: 'Identifier of the opportunity (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short title of the need, e.g. "Besøksvenn på sykehjem".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the work is, in free text.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Set when an organisation published it; null when the municipality did. */
  @Property({ type: 'string', length: 36, nullable: true })
  organisationId: string | null = null;

  @Property({ type: 'string', length: 4 })
  municipalityCode!: string;

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => String, { description: 'Activity code (shared taxonomy).' })
  @Property({ type: 'string' })
  activity!: string;

  @Field(() => String, { description: 'Where the work is done, e.g. a nursing home.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  place!: string;

  @Field(() => Int, { description: 'How many volunteers are wanted.' })
  @Property({ type: 'integer' })
  places!: number;

  @Field(() => DateScalar, { description: 'First day of the work.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the work; null when open-ended.' })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => Boolean, { description: 'A valid politiattest is needed before an assignment becomes active.' })
  @Property({ type: 'boolean' })
  requiresPoliceCertificate: boolean = false;

  @Field(() => Boolean, { description: 'A signed taushetserklæring is needed.' })
  @Property({ type: 'boolean' })
  requiresConfidentialityDeclaration: boolean = false;

  @Field(() => Boolean, { description: 'Some completed training (opplæring) is needed.' })
  @Property({ type: 'boolean' })
  requiresTraining: boolean = false;

  @Field(() => [String], { description: 'Training courses needed.' })
  @Property({ type: 'json' })
  requiredCourses: string[] = [];

  @Field(() => [String], { description: 'Skills needed.' })
  @Property({ type: 'json' })
  requiredSkills: string[] = [];

  /** Availability codes when the effort is needed (empty: any time). */
  @Property({ type: 'json' })
  availability: string[] = [];

  @Field(() => DateTimeScalar, { description: 'When the opportunity was published (UTC).' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with a change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
