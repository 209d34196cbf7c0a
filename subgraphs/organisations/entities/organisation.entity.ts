import { TEXT_LIMITS } from '../../common/validators.js';
import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, OrgNumberScalar } from '../../common/scalars.js';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';

@ObjectType({
  description: 'A voluntary organisation, volunteer centre, non-profit provider, social entrepreneur, faith community or informal group.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "orgNumber")')
@Entity({ tableName: 'organisation' })
export class Organisation {
  /** Columns with a default or set by MikroORM; `name`, `kind` and the timestamps must be given (nullable columns are optional anyway). */
  [OptionalProps]?: 'icnpoCategories' | 'registeredInFrivillighetsregisteret' | 'status' | 'searchText' | 'version';

  @Field(() => ID, { description: 'Identifier of the organisation (UUID).' })
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => OrgNumberScalar, { nullable: true, description: 'organisasjonsnummer in Enhetsregisteret, where it has one.' })
  @Property({ type: 'string', length: 9, nullable: true, unique: true })
  orgNumber: string | null = null;

  @Field(() => String, { description: 'Name of the organisation, e.g. "Alta Røde Kors".' })
  @Property({ type: 'string', length: TEXT_LIMITS.line })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the organisation does, in free text.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => OrganisationKind, { description: 'Kind of organisation.' })
  @Property({ type: 'string' })
  kind!: OrganisationKind;

  @Field(() => OrganisationGrouping, { nullable: true, description: "The researchers' grouping; null when not classified." })
  @Property({ type: 'string', nullable: true })
  grouping: OrganisationGrouping | null = null;

  @Field(() => [String], { description: 'ICNPO categories (as in Frivillighetsregisteret), e.g. "4 100".' })
  @Property({ type: 'json' })
  icnpoCategories: string[] = [];

  @Property({ type: 'string', length: 36, nullable: true })
  parentId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Public e-mail address.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true, description: 'Public phone number.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' })
  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  website: string | null = null;

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  addressStreet: string | null = null;

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  addressPostalCode: string | null = null;

  @Property({ type: 'string', length: TEXT_LIMITS.line, nullable: true })
  addressPostalPlace: string | null = null;

  @Property({ type: 'string', length: 4, nullable: true })
  addressMunicipalityCode: string | null = null;

  @Field(() => Boolean, { description: 'Registered in Frivillighetsregisteret.' })
  @Property({ type: 'boolean' })
  registeredInFrivillighetsregisteret: boolean = false;

  @Field(() => OrganisationStatus, { description: 'Active, inactive or dissolved.' })
  @Property({ type: 'string' })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  /** Name and description folded for search: lower case, æ→ae, ø→o, å→a, no accents. */
  @Property({ type: 'text' })
  searchText: string = '';

  /** From the subgraph's clock, like `updatedAt`, which every change moves on (rules/record.ts). */
  @Field(() => DateTimeScalar, { description: 'When the organisation entered the catalogue (UTC).' })
  @Property({ type: 'Date' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the organisation was last changed (UTC).' })
  @Property({ type: 'Date' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
