import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar, OrgNumberScalar } from '../../common/scalars.js';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';

@ObjectType({ description: 'A voluntary organisation, volunteer centre, non-profit provider, social entrepreneur, faith community or informal group.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "orgNumber")')
@Entity({ tableName: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => OrgNumberScalar, { nullable: true, description: 'organisasjonsnummer in Enhetsregisteret, where it has one.' })
  @Property({ type: 'string', length: 9, nullable: true, unique: true })
  orgNumber: string | null = null;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => OrganisationKind)
  @Property({ type: 'string' })
  kind!: OrganisationKind;

  @Field(() => OrganisationGrouping, { nullable: true })
  @Property({ type: 'string', nullable: true })
  grouping: OrganisationGrouping | null = null;

  @Field(() => [String], { description: 'ICNPO categories (as in Frivillighetsregisteret), e.g. "4 100".' })
  @Property({ type: 'json' })
  icnpoCategories: string[] = [];

  @Property({ type: 'string', length: 36, nullable: true })
  parentId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  phone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  website: string | null = null;

  @Property({ type: 'string', nullable: true })
  addressStreet: string | null = null;

  @Property({ type: 'string', nullable: true })
  addressPostalCode: string | null = null;

  @Property({ type: 'string', nullable: true })
  addressPostalPlace: string | null = null;

  @Property({ type: 'string', length: 4, nullable: true })
  addressMunicipalityCode: string | null = null;

  @Field(() => Boolean, { description: 'Registered in Frivillighetsregisteret.' })
  @Property({ type: 'boolean' })
  registeredInFrivillighetsregisteret: boolean = false;

  @Field(() => OrganisationStatus)
  @Property({ type: 'string' })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  /** Name and description folded for search: lower case, æ→ae, ø→o, å→a, no accents. */
  @Property({ type: 'text' })
  searchText: string = '';

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Optimistic concurrency: send it back with an update.' })
  @Property({ type: 'integer', version: true })
  version!: number;
}
