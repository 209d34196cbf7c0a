import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { AuditAction } from '../enums.js';

@ObjectType('AgreementFieldChange', { description: 'One field a write changed; values are JSON.' })
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true, description: 'The value before, as JSON (null when the field was new).' }) oldValue!: string | null;
  @Field(() => String, { nullable: true, description: 'The value after, as JSON.' }) newValue!: string | null;
}

@ObjectType('AgreementAuditEntry', { description: 'Who changed an agreement, when, and which fields from what to what.' })
@Entity({ tableName: 'agreement_audit' })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date' })
  at: Date = new Date();

  @Field(() => String, { description: 'The caller (token subject), or "system:expiry" for the expiry sweep.' })
  @Property({ type: 'string' })
  actor!: string;

  @Field(() => String, { description: 'The role the actor acted in.' })
  @Property({ type: 'string' })
  actorRole!: string;

  @Field(() => AuditAction)
  @Property({ type: 'string' })
  action!: AuditAction;

  @Field(() => [FieldChange])
  @Property({ type: 'json' })
  changes: FieldChange[] = [];
}
