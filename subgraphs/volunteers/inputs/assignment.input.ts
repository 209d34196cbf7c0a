import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import { ComplianceRequirementsFields } from './requirements.input.js';

@InputType({ description: 'An assignment made directly by a coordinator (not through an opportunity).' })
export class CreateAssignmentInput extends ComplianceRequirementsFields {
  @Field(() => ID, { description: 'The volunteer who takes the assignment.' }) volunteerId!: string;
  @Field(() => ID, { description: 'The organisation the volunteer works for; a party to the agreement.' }) organisationId!: string;
  @Field(() => ID, { description: 'The agreement (agreements subgraph) the work is done under.' }) agreementId!: string;
  @Field(() => String, { description: 'Where, e.g. a nursing home (sykehjem).' }) place!: string;
  @Field(() => String, { description: 'Activity code (shared taxonomy).' }) activity!: string;
  @Field(() => DateScalar, { description: 'First day of the assignment (YYYY-MM-DD).' }) startDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day (YYYY-MM-DD), not before startDate; leave out for open-ended.' })
  endDate?: string | null;
}

@InputType({ description: 'Hours on one assignment on one day.' })
export class LogHoursInput {
  @Field(() => ID, { description: 'The assignment the hours were worked on.' }) assignmentId!: string;
  @Field(() => DateScalar, { description: 'The day the hours were worked (YYYY-MM-DD); not in the future.' }) date!: string;
  @Field(() => Float, {
    description: "From 0.25 (a quarter of an hour) to 24; at most 24 in a day across all of the volunteer's assignments.",
  })
  hours!: number;
  @Field(() => String, { nullable: true, description: "Activity code; defaults to the assignment's." }) activity?: string | null;
}
