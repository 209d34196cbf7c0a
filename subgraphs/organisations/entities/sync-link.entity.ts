import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Which organisation a registry's record is: the (source, externalId) key of a sync. */
@Entity({ tableName: 'sync_link' })
export class SyncLink {
  @PrimaryKey({ type: 'string' })
  source!: string;

  @PrimaryKey({ type: 'string' })
  externalId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;
}
