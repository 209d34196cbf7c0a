import { Field, ID, InputType } from 'type-graphql';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';
import type { AddressFields } from '../rules/organisation-fields.js';
import type { SyncRecord } from './sync.types.js';

/*
 * Codes a registry sends (orgNumber, municipality codes) are plain strings here,
 * not the checked scalars: a bad one must reject its own record with a field
 * error, not fail the whole batch at the GraphQL layer.
 */

@InputType({ description: 'A postal address as a registry sends it; a bad code rejects only its own record.' })
class SyncAddressInput implements AddressFields {
  @Field(() => String, { nullable: true, description: 'Street address.' }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'Four-digit postal code (postnummer).' }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal place (poststed).' }) postalPlace?: string | null;
  @Field(() => String, { nullable: true, description: 'Four-digit municipality number (kommunenummer) of the address.' })
  municipalityCode?: string | null;
}

@InputType({ description: 'One record of a partner registry. Fields left out stay as they are; null clears.' })
export class SyncRecordInput implements SyncRecord {
  @Field(() => String, { description: "The record's id in the source registry; with the source, the sync key." }) externalId!: string;
  @Field(() => String, { nullable: true, description: 'Required when the record creates an organisation.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'organisasjonsnummer; matches an existing organisation when the key is new.' })
  orgNumber?: string | null;
  @Field(() => OrganisationKind, { nullable: true, description: 'Required when the record creates an organisation.' })
  kind?: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true, description: "The researchers' grouping." }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true, description: 'What the organisation does, in free text.' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'ICNPO categories (as in Frivillighetsregisteret), e.g. "4 100".' })
  icnpoCategories?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Parent by id; a partner's records default to being its chapters." }) parentId?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Parent by organisasjonsnummer (Enhetsregisteret overordnetEnhet), in the catalogue or earlier in the batch.',
  })
  parentOrgNumber?: string | null;
  @Field(() => [String], { nullable: true, description: 'Municipalities served (four-digit kommunenummer).' }) municipalityCodes?:
    string[] | null;
  @Field(() => String, { nullable: true, description: 'Public e-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Public phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' }) website?: string | null;
  @Field(() => SyncAddressInput, { nullable: true, description: 'Postal address.' }) address?: SyncAddressInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Registered in Frivillighetsregisteret.' }) registeredInFrivillighetsregisteret?:
    boolean | null;
  @Field(() => OrganisationStatus, { nullable: true, description: 'Active, inactive or dissolved.' }) status?: OrganisationStatus;
}
