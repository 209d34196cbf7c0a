import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
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
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => ServiceStatus)
  @Property({ type: 'string' })
  status: ServiceStatus = ServiceStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Who may use the service (HSDS eligibility), in words.' })
  @Property({ type: 'text', nullable: true })
  eligibility: string | null = null;

  @Field(() => String, { nullable: true, description: 'Where it is offered, in words (a nursing home, the volunteer centre), beside the municipalities.' })
  @Property({ type: 'string', nullable: true })
  locationDescription: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  website: string | null = null;

  /** Name and description folded for search (see common/text.ts). */
  @Property({ type: 'text' })
  searchText: string = '';

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
