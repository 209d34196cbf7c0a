import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars.js';
import type { VolunteerPolicyPatch } from '../rules/volunteer-policy.js';

/** What a municipality keeps up to date about itself. Left out stays as it is; null clears. */
@InputType({
  description:
    'What a municipality keeps up to date about itself: its volunteer policy and coordinator. Fields left out stay as they are; null clears.',
})
export class VolunteerPolicyInput implements VolunteerPolicyPatch {
  @Field(() => Boolean, { nullable: true, description: 'Has adopted its own volunteer policy (frivillighetspolitikk).' })
  hasVolunteerPolicy?: boolean;
  @Field(() => DateScalar, { nullable: true, description: 'When the volunteer policy was adopted (YYYY-MM-DD).' })
  volunteerPolicyAdoptedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Link to the policy document.' }) volunteerPolicyUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Volunteer coordinator: name or role.' }) coordinatorName?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address of the volunteer coordinator (public contact).' }) coordinatorEmail?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Phone number of the volunteer coordinator (public contact).' }) coordinatorPhone?:
    string | null;
}
