import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { ServiceStatus } from '../enums.js';

/**
 * What an organisation offers, after Open Referral HSDS `service`. Activities,
 * target groups and the municipalities where it is offered live in their own
 * tables (service_term, service_municipality) so filters are plain joins on
 * both SQLite and PostgreSQL.
 */
@ObjectType({ description: 'A service an organisation offers (Open Referral HSDS-like).' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'service' })
export class Service {
  [OptionalProps]?: 'status' | 'searchText' | 'version';

  @Field(() => ID, { description: 'Identifier of the service (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Field(() => String, { description: 'Name of the service, e.g. "Besøkstjeneste på sykehjem".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service offers, in free text.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ServiceStatus, { description: 'Active, inactive (paused) or defunct (ended for good).' })
  @Property({ type: 'string' })
  status: ServiceStatus = ServiceStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Who may use the service (HSDS eligibility), in words.' })
  @Property({ type: 'text', nullable: true })
  eligibility: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Where it is offered, in words (a nursing home, the volunteer centre), beside the municipalities.',
  })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  locationDescription: string | null = null;

  @Field(() => String, { nullable: true, description: 'Contact e-mail address for the service.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Contact phone number for the service.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Website of the service: an http(s) URL.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  website: string | null = null;

  /** Name and description folded for search (see common/text.ts). */
  @Property({ type: 'text' })
  searchText: string = '';

  /** From the subgraph's clock, like `updatedAt`, which every change moves on (rules/record.ts). */
  @Field(() => DateTimeScalar, { description: 'When the service entered the catalogue (UTC).' })
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the service was last changed (UTC).' })
  @Property({ type: 'Date' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
