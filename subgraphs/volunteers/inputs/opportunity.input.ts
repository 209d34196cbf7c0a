import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { DateScalar, MunicipalityCodeScalar } from '../../common/scalars.js';
import { Availability } from '../enums.js';

@InputType({ description: 'A need for volunteer effort. The municipality is the agreement\'s.' })
export class CreateOpportunityInput {
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'The agreement (agreements subgraph) the work is done under.' }) agreementId!: string;
  @Field(() => ID, { nullable: true, description: 'Publishing organisation (party to the agreement); empty when the municipality publishes.' })
  organisationId?: string | null;
  @Field(() => String) activity!: string;
  @Field(() => String) place!: string;
  @Field(() => Int) places!: number;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => Boolean, { nullable: true }) requiresPoliceCertificate?: boolean | null;
  @Field(() => Boolean, { nullable: true }) requiresConfidentialityDeclaration?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Some completed training. The agreement\'s requirements are added to these.' }) requiresTraining?: boolean | null;
  @Field(() => [String], { nullable: true }) requiredCourses?: string[] | null;
  @Field(() => [String], { nullable: true }) requiredSkills?: string[] | null;
  @Field(() => [Availability], { nullable: true }) availability?: Availability[] | null;
}

@ArgsType()
export class OpportunitiesArgs extends ConnectionArgs {
  @Field(() => MunicipalityCodeScalar, { nullable: true }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true }) activity?: string | null;
}

@InputType({ description: 'Accepting an interest makes an assignment.' })
export class AcceptInterestInput {
  @Field(() => ID) interestId!: string;
  @Field(() => ID, { nullable: true, description: 'Needed when a municipality published the opportunity: the party organisation the volunteer works for.' })
  organisationId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the opportunity\'s start date.' }) startDate?: string | null;
}
