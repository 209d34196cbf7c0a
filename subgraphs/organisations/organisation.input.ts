import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../common/pagination.js';
import { MunicipalityCodeScalar, OrgNumberScalar } from '../common/scalars.js';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from './enums.js';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true }) street?: string | null;
  @Field(() => String, { nullable: true }) postalCode?: string | null;
  @Field(() => String, { nullable: true }) postalPlace?: string | null;
  @Field(() => MunicipalityCodeScalar, { nullable: true }) municipalityCode?: string | null;
}

@InputType()
export class CreateOrganisationInput {
  @Field(() => String) name!: string;
  @Field(() => OrgNumberScalar, { nullable: true }) orgNumber?: string | null;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) icnpoCategories?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The national body or parent this is a chapter of.' }) parentId?: string | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true, description: 'Municipalities served.' }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
  @Field(() => Boolean, { nullable: true }) registeredInFrivillighetsregisteret?: boolean | null;
}

/** Every field optional: what is left out stays as it is, null clears it. */
@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => OrgNumberScalar, { nullable: true }) orgNumber?: string | null;
  @Field(() => OrganisationKind, { nullable: true }) kind?: OrganisationKind;
  @Field(() => OrganisationGrouping, { nullable: true }) grouping?: OrganisationGrouping | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) icnpoCategories?: string[] | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => AddressInput, { nullable: true }) address?: AddressInput | null;
  @Field(() => Boolean, { nullable: true }) registeredInFrivillighetsregisteret?: boolean | null;
  @Field(() => OrganisationStatus, { nullable: true }) status?: OrganisationStatus;
}

@InputType()
export class OrganisationFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Serves this municipality or has its address there.' }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Serves a municipality in this county or has its address there.' }) countyCode?: string | null;
  @Field(() => [OrganisationKind], { nullable: true }) kinds?: OrganisationKind[] | null;
  @Field(() => [OrganisationStatus], { nullable: true }) statuses?: OrganisationStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Offers a service with this activity code (see `activities`).' }) activity?: string | null;
  @Field(() => String, { nullable: true, description: 'Offers a service for this target-group code (see `targetGroups`).' }) targetGroup?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text over name and description; ignores case and æ/ø/å.' }) search?: string | null;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null;
}
