import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Hours of volunteer work on one day. The volunteer id is a pseudonym once the
 * volunteer is erased, so statistics over hours do not change on erasure.
 */
@Entity({ tableName: 'hours_entry' })
export class HoursEntry {
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  volunteerId!: string;

  @Property({ type: 'string', length: 36 })
  organisationId!: string;

  @Property({ type: 'string', length: 4 })
  municipalityCode!: string;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'double' })
  hours!: number;

  @Property({ type: 'string' })
  activity!: string;

  @Property({ type: 'boolean' })
  approved: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
