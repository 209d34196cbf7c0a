import { ArgsType, Field, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { OrganisationKind, OrganisationStatus } from '../enums.js';

@InputType({ description: 'Narrows the catalogue of organisations; every given criterion must hold.' })
export class OrganisationFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Serves this municipality or has its address there.' })
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Serves a municipality in this county or has its address there.' }) countyCode?:
    string | null;
  @Field(() => [OrganisationKind], { nullable: true, description: 'Organisations of any of these kinds.' }) kinds?:
    OrganisationKind[] | null;
  @Field(() => [OrganisationStatus], { nullable: true, description: 'Organisations with any of these statuses.' }) statuses?:
    OrganisationStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Offers a service with this activity code (see `activities`).' }) activity?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Offers a service for this target-group code (see `targetGroups`).' }) targetGroup?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Free text over name and description; ignores case and æ/ø/å.' }) search?:
    string | null;
}

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Criteria the organisations must meet; none lists the whole catalogue.' })
  filter?: OrganisationFilter | null;
}
