import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A registry that syncs into the catalogue. A source with an owner may be synced
 * by that organisation (for its own chapters only); a source without one
 * (e.g. "brreg") only by admins.
 */
@Entity({ tableName: 'sync_source' })
export class SyncSource {
  @PrimaryKey({ type: 'string' })
  source!: string;

  @Property({ type: 'string', length: 36, nullable: true })
  ownerOrganisationId: string | null = null;

  @Property({ type: 'Date' })
  createdAt!: Date;
}
