import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../common/pagination.js';
import { DateScalar, MunicipalityCodeScalar } from '../common/scalars.js';
import { AgreementStatus, AgreementType } from './enums.js';

@InputType()
export class AgreementFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-digit county code (fylkesnummer): agreements of its municipalities.' }) countyCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Agreements this organisation is party to.' }) organisationId?: string | null;
  @Field(() => [AgreementType], { nullable: true }) types?: AgreementType[] | null;
  @Field(() => [AgreementStatus], { nullable: true }) statuses?: AgreementStatus[] | null;
  @Field(() => DateScalar, { nullable: true, description: 'In force on this date: started, not yet ended or terminated (drafts never are).' }) activeOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Activity code of the shared taxonomy.' }) activity?: string | null;
  @Field(() => String, { nullable: true, description: 'Target group code of the shared taxonomy.' }) targetGroup?: string | null;
}

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementFilter, { nullable: true }) filter?: AgreementFilter | null;
}

@ArgsType()
export class ExpiringAgreementsArgs extends ConnectionArgs {
  @Field(() => Int, { description: 'Active agreements whose end date falls within this many days from today (0-3650).' }) withinDays!: number;
  @Field(() => MunicipalityCodeScalar, { nullable: true }) municipalityCode?: string | null;
}
