import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { CommitmentKind, RequirementKind, Side } from './enums.js';

@InputType()
export class CommitmentInput {
  @Field(() => Side) side!: Side;
  @Field(() => CommitmentKind) kind!: CommitmentKind;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true, description: 'FUNDING only: whole NOK per year.' }) annualAmountNok?: number | null;
  @Field(() => Int, { nullable: true }) quantity?: number | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
}

@InputType()
export class RequirementInput {
  @Field(() => RequirementKind) kind!: RequirementKind;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class FundingInput {
  @Field(() => Int) year!: number;
  @Field(() => Int, { nullable: true }) awardedNok?: number | null;
  @Field(() => Int, { nullable: true }) disbursedNok?: number | null;
  @Field(() => DateScalar, { nullable: true }) awardDate?: string | null;
}

@InputType()
export class ContactInput {
  @Field(() => Side) side!: Side;
  @Field(() => ID, { nullable: true, description: 'Organisation side: the party organisation the person speaks for.' }) organisationId?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) role?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType()
export class DocumentInput {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'http(s) URL.' }) url!: string;
}
