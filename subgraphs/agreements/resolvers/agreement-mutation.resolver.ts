import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { OrganisationsClient } from '../clients/organisations.client.js';
import { Agreement } from '../entities/agreement.entity.js';
import { CreateAgreementInput, RenewAgreementInput, UpdateAgreementInput } from '../inputs/agreement.input.js';
import { createAgreement, renewAgreement, updateAgreement } from '../services/agreement.service.js';

/** Writes of an agreement's fields: admins any agreement, a municipality those of its own municipality. */
@Resolver(() => Agreement)
export class AgreementMutationResolver {
  private readonly organisations: OrganisationsClient;

  /** `organisations` checks party ids with the organisations subgraph. */
  constructor(deps: { organisations: OrganisationsClient }) {
    this.organisations = deps.organisations;
  }

  @Mutation(() => Agreement, { description: 'Registers an agreement (a draft unless status ACTIVE is given).' })
  createAgreement(
    @Arg('input', () => CreateAgreementInput, { description: 'The new agreement.' }) input: CreateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return createAgreement(ctx, this.organisations, input);
  }

  @Mutation(() => Agreement, {
    description: 'Changes fields of an agreement; `version` must be the one read (else CONFLICT). Given lists replace the old ones.',
  })
  updateAgreement(
    @Arg('id', () => ID, { description: 'The agreement to change.' }) id: string,
    @Arg('version', () => Int, { description: "The agreement's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => UpdateAgreementInput, { description: 'The fields to change; fields left out stay as they are.' })
    input: UpdateAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return updateAgreement(ctx, this.organisations, id, version, input);
  }

  @Mutation(() => Agreement, { description: 'Continues an active or expired agreement as a new draft agreement linked to it.' })
  renewAgreement(
    @Arg('id', () => ID, { description: 'The active or expired agreement to continue.' }) id: string,
    @Arg('version', () => Int, { description: "The agreement's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => RenewAgreementInput, { description: 'The new agreement; fields left out are copied from the one it replaces.' })
    input: RenewAgreementInput,
    @Ctx() ctx: Context,
  ) {
    return renewAgreement(ctx, this.organisations, id, version, input);
  }
}
