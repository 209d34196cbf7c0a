import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../common/scalars.js';
import { AgreementStatus, AgreementType, Initiator } from '../enums.js';

@ObjectType({ description: 'A collaboration agreement, contract or grant between a municipality and one or more organisations.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'agreement' })
export class Agreement {
  [OptionalProps]?:
    | 'id'
    | 'description'
    | 'initiatedBy'
    | 'status'
    | 'startDate'
    | 'endDate'
    | 'terminatedOn'
    | 'procurementReference'
    | 'replacesId'
    | 'activities'
    | 'targetGroups'
    | 'isPublic'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  @Field(() => ID, { description: 'Identifier of the agreement (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String, { description: 'Title of the agreement, as written on it.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the agreement is about, in free text.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'string', length: 4 })
  municipalityCode!: string;

  @Field(() => AgreementType, {
    description: 'Kind of agreement: collaboration agreement, service contract, operating or project grant, informal cooperation.',
  })
  @Property({ type: 'string' })
  type!: AgreementType;

  @Field(() => Boolean, { description: 'Formal (written) or informal cooperation.' })
  @Property({ type: 'boolean' })
  formal!: boolean;

  @Field(() => Initiator, { nullable: true, description: 'Who took the initiative to the cooperation; null when not recorded.' })
  @Property({ type: 'string', nullable: true })
  initiatedBy: Initiator | null = null;

  /** The stored status; the sweep stores EXPIRED after the end date. Reads show the status today (`Agreement.status`, a field resolver). */
  @Property({ type: 'string' })
  status: AgreementStatus = AgreementStatus.DRAFT;

  @Field(() => DateScalar, { nullable: true, description: 'First day the agreement is in force; null while not yet decided.' })
  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the agreement is in force; null when open-ended. The day after, the agreement expires.',
  })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day a termination took effect; the agreement was active until the day before.',
  })
  @Property({ type: 'date', nullable: true })
  terminatedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Reference of the tender (e.g. the Doffin notice) for a service contract under lov om offentlige anskaffelser.',
  })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  procurementReference: string | null = null;

  /** The agreement this one renews (a renewal is a new agreement linked to the one it replaces). */
  @Property({ type: 'string', length: 36, nullable: true, unique: true })
  replacesId: string | null = null;

  @Field(() => [String], { description: 'Activity codes (shared taxonomy).' })
  @Property({ type: 'json' })
  activities: string[] = [];

  @Field(() => [String], { description: 'Target group codes (shared taxonomy).' })
  @Property({ type: 'json' })
  targetGroups: string[] = [];

  @Field(() => Boolean, { description: 'Public record under offentleglova; true unless marked otherwise.' })
  @Property({ type: 'boolean' })
  isPublic: boolean = true;

  @Field(() => DateTimeScalar, { description: 'When the agreement was registered (UTC).' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar, { description: 'When the agreement was last changed (UTC).' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with a change.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
