import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';

/** What a municipality keeps up to date about itself. Left out stays as it is; null clears. */
@InputType()
export class VolunteerPolicyInput {
  @Field(() => Boolean, { nullable: true, description: 'Has adopted its own volunteer policy (frivillighetspolitikk).' }) hasVolunteerPolicy?: boolean;
  @Field(() => DateScalar, { nullable: true }) volunteerPolicyAdoptedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Link to the policy document.' }) volunteerPolicyUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Volunteer coordinator: name or role.' }) coordinatorName?: string | null;
  @Field(() => String, { nullable: true }) coordinatorEmail?: string | null;
  @Field(() => String, { nullable: true }) coordinatorPhone?: string | null;
}
