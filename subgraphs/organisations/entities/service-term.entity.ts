import { Entity, PrimaryKey } from '@mikro-orm/core';

export type TermScheme = 'activity' | 'target_group';

/** A taxonomy code (common/taxonomy.ts) attached to a service: an activity or a target group. */
@Entity({ tableName: 'service_term' })
export class ServiceTerm {
  @PrimaryKey({ type: 'string', length: 36 })
  serviceId!: string;

  @PrimaryKey({ type: 'string' })
  scheme!: TermScheme;

  @PrimaryKey({ type: 'string' })
  code!: string;
}
