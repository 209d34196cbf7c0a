import { Field, ID, InputType } from 'type-graphql';
import { MunicipalityCodeScalar, OrgNumberScalar } from '../../common/scalars.js';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';
import type { AddressFields, OrganisationPatch } from '../rules/organisation-fields.js';

@InputType({ description: 'A postal address.' })
class AddressInput implements AddressFields {
  @Field(() => String, { nullable: true, description: 'Street address, e.g. "Storgata 1".' }) street?: string | null;
  @Field(() => String, { nullable: true, description: 'Four-digit postal code (postnummer).' }) postalCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal place (poststed).' }) postalPlace?: string | null;
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Four-digit municipality number (kommunenummer) of the address.' })
  municipalityCode?: string | null;
}

@InputType({ description: 'A new organisation in the catalogue.' })
export class CreateOrganisationInput implements OrganisationPatch {
  @Field(() => String, { description: 'Name of the organisation.' }) name!: string;
  @Field(() => OrgNumberScalar, {
    nullable: true,
    description: 'Nine-digit organisasjonsnummer (Enhetsregisteret, MOD11-checked), where it has one.',
  })
  orgNumber?: string | null;
  @Field(() => OrganisationKind, { description: 'Kind of organisation.' }) kind!: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true, description: "The researchers' grouping." }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true, description: 'What the organisation does, in free text.' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'ICNPO categories (as in Frivillighetsregisteret), e.g. "4 100".' })
  icnpoCategories?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The national body or parent this is a chapter of.' }) parentId?: string | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true, description: 'Municipalities served.' }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Public e-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Public phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' }) website?: string | null;
  @Field(() => AddressInput, { nullable: true, description: 'Postal address.' }) address?: AddressInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Registered in Frivillighetsregisteret (default false).' })
  registeredInFrivillighetsregisteret?: boolean | null;
}

/** Every field optional: what is left out stays as it is, null clears it. */
@InputType({ description: 'Changes to an organisation: a field left out stays as it is; null clears it.' })
export class UpdateOrganisationInput implements OrganisationPatch {
  @Field(() => String, { nullable: true, description: 'Name of the organisation.' }) name?: string;
  @Field(() => OrgNumberScalar, { nullable: true, description: 'Nine-digit organisasjonsnummer (Enhetsregisteret, MOD11-checked).' })
  orgNumber?: string | null;
  @Field(() => OrganisationKind, { nullable: true, description: 'Kind of organisation.' }) kind?: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true, description: "The researchers' grouping." }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true, description: 'What the organisation does, in free text.' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'ICNPO categories (as in Frivillighetsregisteret).' }) icnpoCategories?:
    string[] | null;
  @Field(() => ID, { nullable: true, description: 'The national body or parent this is a chapter of.' }) parentId?: string | null;
  @Field(() => [MunicipalityCodeScalar], {
    nullable: true,
    description: 'Municipalities served (four-digit kommunenummer); replaces the old list.',
  })
  municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Public e-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Public phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' }) website?: string | null;
  @Field(() => AddressInput, { nullable: true, description: 'Postal address.' }) address?: AddressInput | null;
  @Field(() => Boolean, { nullable: true, description: 'Registered in Frivillighetsregisteret.' }) registeredInFrivillighetsregisteret?:
    boolean | null;
  @Field(() => OrganisationStatus, { nullable: true, description: 'Active, inactive or dissolved.' }) status?: OrganisationStatus;
}
