import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('AgreementDocument', { description: 'A document of the agreement: the signed text, an annex, a decision.' })
@Entity({ tableName: 'agreement_document' })
export class AgreementDocument {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;
}
