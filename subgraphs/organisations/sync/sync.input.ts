import { Field, ID, InputType } from 'type-graphql';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';

/*
 * Codes a registry sends (orgNumber, municipality codes) are plain strings here,
 * not the checked scalars: a bad one must reject its own record with a field
 * error, not fail the whole batch at the GraphQL layer.
 */

@InputType()
export class SyncAddressInput {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) postalPlace?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
}

@InputType({ description: 'One record of a partner registry. Fields left out stay as they are; null clears.' })
export class SyncRecordInput {
  @Field(() => String, { description: 'The record\'s id in the source registry; with the source, the sync key.' }) externalId!: string;
  @Field(() => String, { nullable: true, description: 'Required when the record creates an organisation.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'organisasjonsnummer; matches an existing organisation when the key is new.' }) orgNumber?: string | null;
  @Field(() => OrganisationKind, { nullable: true, description: 'Required when the record creates an organisation.' }) kind?: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) icnpoCategories?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Parent by id; a partner\'s records default to being its chapters.' }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: 'Parent by organisasjonsnummer (Enhetsregisteret overordnetEnhet), in the catalogue or earlier in the batch.' })
  parentOrgNumber?: string | null;
  @Field(() => [String], { nullable: true }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => SyncAddressInput, { nullable: true }) address?: SyncAddressInput | null;
  @Field(() => Boolean, { nullable: true }) registeredInFrivillighetsregisteret?: boolean | null;
  @Field(() => OrganisationStatus, { nullable: true }) status?: OrganisationStatus;
}
