import { Field, ID, InputType, Int } from 'type-graphql';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { Availability } from '../enums.js';

@InputType({ description: "A volunteer's profile. On update, fields left out stay as they are." })
export class VolunteerInput {
  @Field(() => String, { nullable: true, description: 'Full name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number.' }) phone?: string | null;
  @Field(() => Int, { nullable: true, description: 'Year of birth (four digits).' }) birthYear?: number | null;
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Municipality of residence.' }) municipalityCode?: string | null;
  @Field(() => [String], { nullable: true, description: 'Language codes (ISO 639-1), e.g. nb, en, ar.' }) languages?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Skills the volunteer offers, e.g. "førerkort" or "musikk".' }) skills?:
    string[] | null;
  @Field(() => [String], { nullable: true, description: 'Activity codes the volunteer would like to do.' }) activities?: string[] | null;
  @Field(() => [Availability], { nullable: true, description: 'When the volunteer can give time.' }) availability?: Availability[] | null;
}

@InputType({ description: "A new volunteer's profile (personal data under GDPR)." })
export class CreateVolunteerInput extends VolunteerInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Registers the volunteer as an applicant with this organisation (an organisation caller: always its own).',
  })
  organisationId?: string | null;
}
