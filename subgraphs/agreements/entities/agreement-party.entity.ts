import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars.js';
import { PartyStatus } from '../enums.js';

/**
 * An organisation named on an agreement (an Organisation key; the organisation lives in its
 * own subgraph). Naming it makes a proposal; it is a party only once it, or an admin for it, accepts.
 */
@ObjectType('AgreementParty', { description: 'An organisation named on an agreement, and its answer.' })
@Entity({ tableName: 'agreement_party' })
export class AgreementParty {
  [OptionalProps]?: 'status' | 'respondedAt' | 'respondedBy';

  @PrimaryKey({ type: 'string', length: 36 })
  agreementId!: string;

  @PrimaryKey({ type: 'string', length: 36 })
  organisationId!: string;

  @Field(() => PartyStatus, { description: 'Whether the organisation has accepted, declined or not yet answered.' })
  @Property({ type: 'string' })
  status: PartyStatus = PartyStatus.PROPOSED;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the organisation answered.' })
  @Property({ type: 'Date', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Who answered (the token subject).' })
  @Directive('@tag(name: "restricted")')
  @Directive('@tag(name: "personal")')
  @Property({ type: 'string', nullable: true })
  respondedBy: string | null = null;
}
