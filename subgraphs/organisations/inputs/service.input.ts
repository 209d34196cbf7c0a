import { Field, ID, InputType } from 'type-graphql';
import { MunicipalityCodeScalar } from '../../common/scalars.js';
import { ServiceStatus } from '../enums.js';
import type { ServicePatch } from '../rules/service-fields.js';

@InputType({
  description: 'A service; activities and target groups are codes of the shared taxonomy (queries `activities`, `targetGroups`).',
})
export class CreateServiceInput implements ServicePatch {
  @Field(() => ID, { description: 'The organisation that offers the service.' }) organisationId!: string;
  @Field(() => String, { description: 'Name of the service.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'What the service offers, in free text.' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Activity codes (shared taxonomy).' }) activities?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Target group codes (shared taxonomy).' }) targetGroups?: string[] | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true, description: 'Municipalities where it is offered.' }) municipalityCodes?:
    string[] | null;
  @Field(() => String, { nullable: true, description: 'Where the service takes place, in words.' }) locationDescription?: string | null;
  @Field(() => String, { nullable: true, description: 'Who may use the service (HSDS eligibility), in words.' }) eligibility?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' }) website?: string | null;
  @Field(() => ServiceStatus, { nullable: true, description: 'Active (default), inactive or defunct.' }) status?: ServiceStatus;
}

/** Every field optional: what is left out stays as it is, null clears it. */
@InputType({ description: 'Changes to a service: a field left out stays as it is; null clears it.' })
export class UpdateServiceInput implements ServicePatch {
  @Field(() => String, { nullable: true, description: 'Name of the service.' }) name?: string;
  @Field(() => String, { nullable: true, description: 'What the service offers, in free text.' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Activity codes (shared taxonomy); replaces the old list.' }) activities?:
    string[] | null;
  @Field(() => [String], { nullable: true, description: 'Target group codes (shared taxonomy); replaces the old list.' }) targetGroups?:
    string[] | null;
  @Field(() => [MunicipalityCodeScalar], { nullable: true, description: 'Municipalities where it is offered; replaces the old list.' })
  municipalityCodes?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Where the service takes place, in words.' }) locationDescription?: string | null;
  @Field(() => String, { nullable: true, description: 'Who may use the service (HSDS eligibility), in words.' }) eligibility?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Contact e-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Contact phone number.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Website: an http(s) URL.' }) website?: string | null;
  @Field(() => ServiceStatus, { nullable: true, description: 'Active, inactive or defunct.' }) status?: ServiceStatus;
}
