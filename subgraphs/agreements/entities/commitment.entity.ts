import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CommitmentKind, Side } from '../enums.js';

@ObjectType('AgreementCommitment', { description: 'What one side brings to the agreement.' })
@Entity({ tableName: 'agreement_commitment' })
export class Commitment {
  [OptionalProps]?: 'id' | 'description' | 'annualAmountNok' | 'quantity' | 'unit';

  @Field(() => ID, { description: 'Identifier of the commitment (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Property({ type: 'string', length: 36 })
  agreementId!: string;

  @Field(() => Side, { description: 'The side that brings it: the municipality or the organisation.' })
  @Property({ type: 'string' })
  side!: Side;

  @Field(() => CommitmentKind, { description: 'What is committed: funding, office space, a coordinator, training …' })
  @Property({ type: 'string' })
  kind!: CommitmentKind;

  @Field(() => String, { nullable: true, description: 'Details of the commitment, in free text.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => Int, { nullable: true, description: 'FUNDING only: whole NOK per year; null where the amount is not known.' })
  @Property({ type: 'integer', nullable: true })
  annualAmountNok: number | null = null;

  @Field(() => Int, { nullable: true, description: 'How many (volunteers, places, hours per week …), with `unit`.' })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => String, { nullable: true, description: 'What `quantity` counts, e.g. "beboere", "frivillige", "timer per uke".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  unit: string | null = null;
}
