import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';

@InputType({ description: 'An assignment made directly by a coordinator (not through an opportunity).' })
export class CreateAssignmentInput {
  @Field(() => ID) volunteerId!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ID) agreementId!: string;
  @Field(() => String) place!: string;
  @Field(() => String) activity!: string;
  @Field(() => DateScalar) startDate!: string;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => Boolean, { nullable: true }) requiresPoliceCertificate?: boolean | null;
  @Field(() => Boolean, { nullable: true }) requiresConfidentialityDeclaration?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Some completed training. The agreement\'s requirements are added to these.' }) requiresTraining?: boolean | null;
  @Field(() => [String], { nullable: true }) requiredCourses?: string[] | null;
}

@InputType({ description: 'Hours on one assignment on one day.' })
export class LogHoursInput {
  @Field(() => ID) assignmentId!: string;
  @Field(() => DateScalar) date!: string;
  @Field(() => Float, { description: 'More than 0; at most 24 in a day across all of the volunteer\'s assignments.' }) hours!: number;
  @Field(() => String, { nullable: true, description: 'Activity code; defaults to the assignment\'s.' }) activity?: string | null;
}
