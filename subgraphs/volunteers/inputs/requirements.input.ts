import { Field, InputType } from 'type-graphql';

/**
 * The compliance an assignment or an opportunity asks of its volunteer, on top of its agreement's:
 * the fields CreateAssignmentInput and CreateOpportunityInput share. Not a GraphQL type of its own.
 */
@InputType()
export abstract class ComplianceRequirementsFields {
  @Field(() => Boolean, { nullable: true, description: "A valid politiattest is needed. The agreement's requirements are added to these." })
  requiresPoliceCertificate?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "A signed taushetserklæring is needed. The agreement's requirements are added to these.",
  })
  requiresConfidentialityDeclaration?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Some completed training. The agreement's requirements are added to these." })
  requiresTraining?: boolean | null;
  @Field(() => [String], { nullable: true, description: 'Training courses the volunteer must have completed.' }) requiredCourses?:
    string[] | null;
}
