import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('AgreementDocument', { description: 'A document of the agreement: the signed text, an annex, a decision.' })
@Entity({ tableName: 'agreement_document' })
export class AgreementDocument {
  [OptionalProps]?: 'id';

  @Field(() => ID, { description: 'Identifier of the document (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => String, { description: 'Title of the document, e.g. "Signert avtale" or "Vedlegg 1".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  title!: string;

  @Field(() => String, { description: 'Where the document is published: an http(s) URL.' })
  @Property({ type: 'text' })
  url!: string;
}
