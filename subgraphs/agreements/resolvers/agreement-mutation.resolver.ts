import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { DateScalar } from '../../common/scalars.js';
import { CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from '../agreement.input.js';
import { createAgreement, renewAgreement, updateAgreement } from '../agreement.service.js';
import { AgreementStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { httpOrganisationDirectory, type OrganisationDirectory } from '../organisation-directory.js';
import { changeStatus } from '../status.service.js';

/** Writes: admins any agreement, a municipality those of its own municipality. */
@Resolver(() => Agreement)
export class AgreementMutationResolver {
  /** `organisations` checks party ids; by default it asks the organisations subgraph at ORGANISATIONS_URL. */
  constructor(private readonly organisations: OrganisationDirectory = httpOrganisationDirectory()) {}

  @Mutation(() => Agreement, { description: 'Registers an agreement (a draft unless status ACTIVE is given).' })
  createAgreement(@Arg('input', () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() ctx: Context) {
    return createAgreement(ctx, this.organisations, input);
  }

  @Mutation(() => Agreement, { description: 'Changes fields of an agreement; `version` must be the one read (else CONFLICT). Given lists replace the old ones.' })
  updateAgreement(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateAgreementInput) input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgreement(ctx, this.organisations, id, version, input);
  }

  @Mutation(() => Agreement, { description: 'Activates a draft or terminates an active agreement (expiry follows the end date).' })
  changeAgreementStatus(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => AgreementStatus) status: AgreementStatus,
    @Arg('effectiveDate', () => DateScalar, { nullable: true, description: 'Termination only: the day it takes effect (default today).' }) effectiveDate: string | null,
    @Ctx() ctx: Context,
  ) {
    return changeStatus(ctx, id, version, status, effectiveDate ?? null);
  }

  @Mutation(() => Agreement, { description: 'Continues an active or expired agreement as a new draft agreement linked to it.' })
  renewAgreement(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RenewAgreementInput) input: RenewAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return renewAgreement(ctx, this.organisations, id, version, input);
  }
}
