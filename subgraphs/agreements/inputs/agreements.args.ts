import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination.js';
import { DateScalar, MunicipalityCodeScalar } from '../../common/scalars.js';
import { AgreementStatus, AgreementType } from '../enums.js';

@InputType({ description: 'Narrows a list of agreements; every given criterion must hold.' })
export class AgreementFilter {
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Agreements of this municipality (four-digit kommunenummer).' })
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-digit county code (fylkesnummer): agreements of its municipalities.' })
  countyCode?: string | null;
  @Field(() => ID, { nullable: true, description: 'Agreements this organisation is party to (it accepted).' }) organisationId?:
    string | null;
  @Field(() => [AgreementType], { nullable: true, description: 'Agreements of any of these types.' }) types?: AgreementType[] | null;
  @Field(() => [AgreementStatus], { nullable: true, description: 'Agreements with any of these statuses (as of today).' }) statuses?:
    AgreementStatus[] | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'In force on this date: started, not yet ended or terminated (drafts never are).',
  })
  activeOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Activity code of the shared taxonomy.' }) activity?: string | null;
  @Field(() => String, { nullable: true, description: 'Target group code of the shared taxonomy.' }) targetGroup?: string | null;
}

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementFilter, {
    nullable: true,
    description: 'Criteria the agreements must meet; none lists every agreement the caller may see.',
  })
  filter?: AgreementFilter | null;
}

@ArgsType()
export class ExpiringAgreementsArgs extends ConnectionArgs {
  @Field(() => Int, { description: 'Active agreements whose end date falls within this many days from today (0-3650).' })
  withinDays!: number;
  @Field(() => MunicipalityCodeScalar, { nullable: true, description: 'Only agreements of this municipality (four-digit kommunenummer).' })
  municipalityCode?: string | null;
}
