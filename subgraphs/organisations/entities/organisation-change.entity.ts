import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { ChangeKind } from '../enums.js';

/**
 * One row per create, update or deactivation of an organisation, appended in the
 * same transaction as the change. `sequence` grows in commit order because every
 * writer holds the write lock (services/change-feed.service.ts) from before it takes a sequence
 * number until it commits.
 */
@ObjectType({ description: 'A change to an organisation, in commit order.' })
@Entity({ tableName: 'organisation_change' })
export class OrganisationChange {
  [OptionalProps]?: 'changedFields';

  @Field(() => Int, { description: 'Position in the feed; grows in commit order.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  sequence!: number;

  @Field(() => ID, { description: 'The organisation that changed.' })
  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Field(() => ChangeKind, { description: 'What happened: created, updated or deactivated.' })
  @Property({ type: 'string' })
  kind!: ChangeKind;

  @Field(() => [String], { description: 'The fields that changed (all set fields for a creation).' })
  @Property({ type: 'json' })
  changedFields: string[] = [];

  @Field(() => Int, { description: 'The organisation version this change produced.' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'The registry whose sync made the change, if a sync did.' })
  @Property({ type: 'string', nullable: true })
  source: string | null = null;

  @Field(() => DateTimeScalar, { description: 'When the change was committed (UTC).' })
  @Property({ type: 'Date' })
  changedAt!: Date;
}
