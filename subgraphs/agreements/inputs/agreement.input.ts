import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MunicipalityCodeScalar } from '../../common/scalars.js';
import { AgreementStatus, AgreementType, CommitmentKind, Initiator, RequirementKind, Side } from '../enums.js';

/** The fields of an agreement; on an update a missing field is left as it is and a given list replaces the old one. */
@InputType({ description: 'Changes to an agreement: a field left out stays as it is; a list given replaces the old list whole.' })
export class UpdateAgreementInput {
  @Field(() => String, { nullable: true, description: 'Title of the agreement.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'What the agreement is about, in free text.' }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The party organisations (Organisation ids known to the organisations subgraph).' })
  organisationIds?: string[] | null;
  @Field(() => AgreementType, { nullable: true, description: 'Kind of agreement.' }) type?: AgreementType | null;
  @Field(() => Boolean, { nullable: true, description: 'Default: false for informal cooperation, true otherwise.' }) formal?:
    boolean | null;
  @Field(() => Initiator, { nullable: true, description: 'Who took the initiative to the cooperation.' }) initiatedBy?: Initiator | null;
  @Field(() => [String], { nullable: true, description: 'Activity codes of the shared taxonomy.' }) activities?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Target group codes of the shared taxonomy.' }) targetGroups?: string[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'First day in force (YYYY-MM-DD).' }) startDate?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day in force (YYYY-MM-DD), not before startDate; null for open-ended.' })
  endDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Public record under offentleglova (default true).' }) isPublic?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Service contracts only: the tender reference.' }) procurementReference?:
    string | null;
  @Field(() => [CommitmentInput], { nullable: true, description: 'What each side brings; replaces the old list.' }) commitments?:
    CommitmentInput[] | null;
  @Field(() => [RequirementInput], {
    nullable: true,
    description: 'What volunteers working under the agreement must have; replaces the old list.',
  })
  requirements?: RequirementInput[] | null;
  @Field(() => [FundingInput], { nullable: true, description: 'Amounts per year; replaces the old list.' }) funding?: FundingInput[] | null;
  @Field(() => [ContactInput], { nullable: true, description: 'Contact persons on each side; replaces the old list.' }) contacts?:
    ContactInput[] | null;
  @Field(() => [DocumentInput], { nullable: true, description: 'Documents of the agreement; replaces the old list.' }) documents?:
    DocumentInput[] | null;
}

@InputType({ description: 'A new agreement between a municipality and one or more organisations.' })
export class CreateAgreementInput extends UpdateAgreementInput {
  @Field(() => String, { description: 'Title of the agreement.' }) declare title: string;
  @Field(() => MunicipalityCodeScalar, { description: 'The municipality that is party (four-digit kommunenummer, 2024 division).' })
  municipalityCode!: string;
  @Field(() => [ID], { description: 'The organisations named as parties; each becomes a party once it accepts.' })
  declare organisationIds: string[];
  @Field(() => AgreementType, { description: 'Kind of agreement.' }) declare type: AgreementType;
  @Field(() => AgreementStatus, { nullable: true, description: 'DRAFT (default) or ACTIVE.' }) status?: AgreementStatus | null;
}

@InputType({
  description:
    'The new agreement that continues one; fields not given are copied from the one it replaces (funding and documents are not).',
})
export class RenewAgreementInput extends UpdateAgreementInput {
  @Field(() => DateScalar, { description: 'First day the renewed agreement is in force (YYYY-MM-DD).' }) declare startDate: string;
}

/** What every agreement input has. */
export type AgreementFieldsInput = UpdateAgreementInput;

/* The rows of an agreement, each list given whole. */
@InputType({ description: 'What one side brings to the agreement.' })
class CommitmentInput {
  @Field(() => Side, { description: 'The side that brings it.' }) side!: Side;
  @Field(() => CommitmentKind, { description: 'What is committed.' }) kind!: CommitmentKind;
  @Field(() => String, { nullable: true, description: 'Details, in free text.' }) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'FUNDING only: whole NOK per year.' }) annualAmountNok?: number | null;
  @Field(() => Int, { nullable: true, description: 'How many (volunteers, places, hours per week …), with unit.' }) quantity?:
    number | null;
  @Field(() => String, { nullable: true, description: 'What quantity counts, e.g. "frivillige" or "timer per uke".' }) unit?: string | null;
}

@InputType({ description: 'Something every volunteer working under the agreement must have.' })
class RequirementInput {
  @Field(() => RequirementKind, { description: 'What is required: politiattest, taushetserklæring or training.' }) kind!: RequirementKind;
  @Field(() => String, { nullable: true, description: 'Details, e.g. which course.' }) description?: string | null;
}

@InputType({ description: 'Money under the agreement in one year, in whole NOK.' })
class FundingInput {
  @Field(() => Int, { description: 'The calendar year; one entry per year.' }) year!: number;
  @Field(() => Int, { nullable: true, description: 'Amount awarded (tildelt) for the year, whole NOK, not negative.' }) awardedNok?:
    number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Amount paid out (utbetalt) so far, whole NOK, not negative and not more than awardedNok.',
  })
  disbursedNok?: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'When the award was decided (vedtaksdato, YYYY-MM-DD).' }) awardDate?:
    string | null;
}

@InputType({ description: 'A contact person for the agreement on one side.' })
class ContactInput {
  @Field(() => Side, { description: 'The side the person speaks for.' }) side!: Side;
  @Field(() => ID, { nullable: true, description: 'Organisation side: the party organisation the person speaks for.' }) organisationId?:
    string | null;
  @Field(() => String, { description: 'Full name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Role or title, e.g. "enhetsleder" or "koordinator".' }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail address.' }) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number.' }) phone?: string | null;
}

@InputType({ description: 'A document of the agreement, published elsewhere and linked.' })
class DocumentInput {
  @Field(() => String, { description: 'Title of the document.' }) title!: string;
  @Field(() => String, { description: 'http(s) URL.' }) url!: string;
}
