import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Side } from '../enums.js';

@ObjectType('AgreementContact', { description: 'A contact person for the agreement on one side (personal data: shown to the parties only).' })
@Entity({ tableName: 'agreement_contact' })
export class Contact {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => Side)
  @Property({ type: 'string' })
  side!: Side;

  @Field(() => ID, { nullable: true, description: 'Organisation side: the party organisation the person speaks for.' })
  @Property({ type: 'string', length: 36, nullable: true })
  organisationId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Role or title, e.g. "enhetsleder", "koordinator".' })
  @Property({ type: 'string', nullable: true })
  role: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;
}
