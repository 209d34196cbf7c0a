import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../common/pagination.js';
import { MunicipalityCodeScalar } from '../common/scalars.js';
import { OrganisationKind, ServiceStatus } from './enums.js';

@InputType({ description: 'A service; activities and target groups are codes of the shared taxonomy (queries `activities`, `targetGroups`).' })
export class CreateServiceInput {
  @Field(() => ID) organisationId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) activities?: string[] | null;
  @Field(() => [String], { nullable: true }) targetGroups?: string[] | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true, description: 'Municipalities where it is offered.' }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true }) locationDescription?: string | null;
  @Field(() => String, { nullable: true }) eligibility?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ServiceStatus, { nullable: true }) status?: ServiceStatus;
}

/** Every field optional: what is left out stays as it is, null clears it. */
@InputType()
export class UpdateServiceInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) activities?: string[] | null;
  @Field(() => [String], { nullable: true }) targetGroups?: string[] | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true }) municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true }) locationDescription?: string | null;
  @Field(() => String, { nullable: true }) eligibility?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => ServiceStatus, { nullable: true }) status?: ServiceStatus;
}

export type ServicePatch = Omit<UpdateServiceInput, 'constructor'>;

@InputType()
export class ServiceFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Offered in this municipality.' }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Offered in a municipality of this county.' }) countyCode?: string | null;
  @Field(() => [OrganisationKind], { nullable: true, description: 'Offered by an organisation of one of these kinds.' }) kinds?: OrganisationKind[] | null;
  @Field(() => String, { nullable: true, description: 'Has this activity code.' }) activity?: string | null;
  @Field(() => String, { nullable: true, description: 'Has this target-group code.' }) targetGroup?: string | null;
  @Field(() => [ServiceStatus], { nullable: true }) statuses?: ServiceStatus[] | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text over name and description; ignores case and æ/ø/å.' }) search?: string | null;
}

@ArgsType()
export class ServicesArgs extends ConnectionArgs {
  @Field(() => ServiceFilter, { nullable: true }) filter?: ServiceFilter | null;
}
