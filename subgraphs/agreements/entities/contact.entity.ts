import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Side } from '../enums.js';

@ObjectType('AgreementContact', {
  description: 'A contact person for the agreement on one side (personal data: shown to the parties only).',
})
@Entity({ tableName: 'agreement_contact' })
export class Contact {
  [OptionalProps]?: 'id' | 'organisationId' | 'role' | 'email' | 'phone';

  @Field(() => ID, { description: 'Identifier of the contact (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => Side, { description: 'The side the person speaks for: the municipality or the organisation.' })
  @Property({ type: 'string' })
  side!: Side;

  @Field(() => ID, { nullable: true, description: 'Organisation side: the party organisation the person speaks for.' })
  @Property({ type: 'string', length: 36, nullable: true })
  organisationId: string | null = null;

  @Field(() => String, { description: 'Full name of the contact person.' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Role or title, e.g. "enhetsleder", "koordinator".' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  role: string | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the contact person.' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Phone number of the contact person.' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  phone: string | null = null;
}
