import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { DateScalar, MunicipalityCodeScalar } from '../../common/scalars.js';
import { Availability } from '../enums.js';
import { ComplianceRequirementsFields } from './requirements.input.js';

@InputType({ description: "A need for volunteer effort. The municipality is the agreement's." })
export class CreateOpportunityInput extends ComplianceRequirementsFields {
  @Field(() => String, { description: 'Short title of the need.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'What the work is, in free text.' }) description?: string | null;
  @Field(() => ID, { description: 'The agreement (agreements subgraph) the work is done under.' }) agreementId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Publishing organisation (party to the agreement); empty when the municipality publishes.',
  })
  organisationId?: string | null;
  @Field(() => String, { description: 'Activity code (shared taxonomy).' }) activity!: string;
  @Field(() => String, { description: 'Where the work is done, e.g. a nursing home (sykehjem).' }) place!: string;
  @Field(() => Int, { description: 'How many volunteers are wanted (at least 1).' }) places!: number;
  @Field(() => DateScalar, { description: 'First day of the work (YYYY-MM-DD).' }) startDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (YYYY-MM-DD), not before startDate; leave out for open-ended.' })
  endDate?: string | null;
  @Field(() => [String], { nullable: true, description: 'Skills needed, e.g. "førerkort".' }) requiredSkills?: string[] | null;
  @Field(() => [Availability], { nullable: true, description: 'When the effort is needed; leave out for any time.' }) availability?:
    Availability[] | null;
}

@ArgsType()
export class OpportunitiesArgs extends ConnectionArgs {
  @Field(() => MunicipalityCodeScalar, {
    nullable: true,
    description: 'Only opportunities in this municipality (four-digit kommunenummer).',
  })
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Only opportunities with this activity code (shared taxonomy).' }) activity?:
    string | null;
}

@InputType({ description: 'Accepting an interest makes an assignment.' })
export class AcceptInterestInput {
  @Field(() => ID, { description: 'The pending interest to accept.' }) interestId!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Needed when a municipality published the opportunity: the party organisation the volunteer works for.',
  })
  organisationId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Defaults to the opportunity's start date." }) startDate?: string | null;
}
