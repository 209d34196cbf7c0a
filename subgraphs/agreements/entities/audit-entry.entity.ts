import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { AuditAction } from '../enums.js';

@ObjectType('AgreementFieldChange', { description: 'One field a write changed; values are JSON.' })
export class FieldChange {
  @Field(() => String, { description: 'Name of the changed field, as in the GraphQL schema.' }) field!: string;
  @Field(() => String, { nullable: true, description: 'The value before, as JSON (null when the field was new).' }) oldValue!:
    string | null;
  @Field(() => String, { nullable: true, description: 'The value after, as JSON.' }) newValue!: string | null;
}

@ObjectType('AgreementAuditEntry', { description: 'Who changed an agreement, when, and which fields from what to what.' })
@Entity({ tableName: 'agreement_audit' })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'at' | 'changes';

  @Field(() => ID, { description: 'Identifier of the audit entry (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => DateTimeScalar, { description: 'When the change was made (UTC).' })
  @Property({ type: 'Date' })
  at: Date = new Date();

  @Field(() => String, { description: 'The caller (token subject), or "system:expiry" for the expiry sweep.' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string' })
  actor!: string;

  @Field(() => String, { description: 'The role the actor acted in.' })
  @Property({ type: 'string' })
  actorRole!: string;

  @Field(() => AuditAction, { description: 'What the write did.' })
  @Property({ type: 'string' })
  action!: AuditAction;

  @Field(() => [FieldChange], { description: 'The fields the write changed, with their values before and after.' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'json' })
  changes: FieldChange[] = [];
}
