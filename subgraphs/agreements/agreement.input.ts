import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MunicipalityCodeScalar } from '../common/scalars.js';
import { AgreementStatus, AgreementType, Initiator } from './enums.js';
import { CommitmentInput, ContactInput, DocumentInput, FundingInput, RequirementInput } from './parts.input.js';

/** The fields of an agreement; on an update a missing field is left as it is and a given list replaces the old one. */
@InputType()
export class UpdateAgreementInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The party organisations (Organisation ids known to the organisations subgraph).' }) organisationIds?: string[] | null;
  @Field(() => AgreementType, { nullable: true }) type?: AgreementType | null;
  @Field(() => Boolean, { nullable: true, description: 'Default: false for informal cooperation, true otherwise.' }) formal?: boolean | null;
  @Field(() => Initiator, { nullable: true }) initiatedBy?: Initiator | null;
  @Field(() => [String], { nullable: true, description: 'Activity codes of the shared taxonomy.' }) activities?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Target group codes of the shared taxonomy.' }) targetGroups?: string[] | null;
  @Field(() => DateScalar, { nullable: true }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true }) endDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Public record under offentleglova (default true).' }) isPublic?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Service contracts only: the tender reference.' }) procurementReference?: string | null;
  @Field(() => [CommitmentInput], { nullable: true }) commitments?: CommitmentInput[] | null;
  @Field(() => [RequirementInput], { nullable: true }) requirements?: RequirementInput[] | null;
  @Field(() => [FundingInput], { nullable: true }) funding?: FundingInput[] | null;
  @Field(() => [ContactInput], { nullable: true }) contacts?: ContactInput[] | null;
  @Field(() => [DocumentInput], { nullable: true }) documents?: DocumentInput[] | null;
}

@InputType()
export class CreateAgreementInput extends UpdateAgreementInput {
  @Field(() => String) declare title: string;
  @Field(() => MunicipalityCodeScalar) municipalityCode!: string;
  @Field(() => [ID]) declare organisationIds: string[];
  @Field(() => AgreementType) declare type: AgreementType;
  @Field(() => AgreementStatus, { nullable: true, description: 'DRAFT (default) or ACTIVE.' }) status?: AgreementStatus | null;
}

@InputType({ description: 'The new agreement that continues one; fields not given are copied from the one it replaces (funding and documents are not).' })
export class RenewAgreementInput extends UpdateAgreementInput {
  @Field(() => DateScalar) declare startDate: string;
}

/** What every agreement input has. */
export type AgreementFieldsInput = UpdateAgreementInput;
