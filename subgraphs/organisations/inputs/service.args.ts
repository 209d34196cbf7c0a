import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { OrganisationKind, ServiceStatus } from '../enums.js';

@InputType({ description: 'Narrows the list of services; every given criterion must hold.' })
export class ServiceFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Offered in this municipality.' }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Offered in a municipality of this county.' }) countyCode?: string | null;
  @Field(() => [OrganisationKind], { nullable: true, description: 'Offered by an organisation of one of these kinds.' }) kinds?:
    OrganisationKind[] | null;
  @Field(() => String, { nullable: true, description: 'Has this activity code.' }) activity?: string | null;
  @Field(() => String, { nullable: true, description: 'Has this target-group code.' }) targetGroup?: string | null;
  @Field(() => [ServiceStatus], { nullable: true, description: 'Services with any of these statuses.' }) statuses?: ServiceStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Services of this organisation.' }) organisationId?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text over name and description; ignores case and æ/ø/å.' }) search?:
    string | null;
}

@ArgsType()
export class ServicesArgs extends ConnectionArgs {
  @Field(() => ServiceFilter, { nullable: true, description: 'Criteria the services must meet; none lists every service.' })
  filter?: ServiceFilter | null;
}
