import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { TEXT_LIMITS } from '../../common/validators.js';

/** Which organisation a registry's record is: the (source, externalId) key of a sync. */
@Entity({ tableName: 'sync_link' })
export class SyncLink {
  @PrimaryKey({ type: 'string' })
  source!: string;

  /** A registry's own id: at most TEXT_LIMITS.line characters (sync.validate.ts rejects a longer one). */
  @PrimaryKey({ type: 'string', length: TEXT_LIMITS.line })
  externalId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;
}
