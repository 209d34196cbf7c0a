import { CROSS_REFERENCE } from '../../common/stubs.js';
import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import { proposalsFor, respondToAgreement } from '../services/party.service.js';
import { OrganisationRef } from '../stubs.js';

/** Parties consent: an organisation named on an agreement answers, and sees what waits for its answer. */
@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => OrganisationRef, { nullable: true, description: `The organisation named on the agreement. ${CROSS_REFERENCE}` })
  organisation(@Root() party: AgreementParty): OrganisationRef {
    return { id: party.organisationId };
  }

  @Mutation(() => Agreement, {
    description:
      'An organisation named on an agreement accepts (it becomes a party) or declines. An organisation answers for itself; an admin names the organisation it answers for.',
  })
  respondToAgreement(
    @Arg('agreementId', () => ID, { description: 'The agreement the organisation is named on.' }) agreementId: string,
    @Arg('accept', () => Boolean, { description: 'True to accept being a party, false to decline.' }) accept: boolean,
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'Admins only: the organisation answered for (an organisation answers for itself).',
    })
    organisationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return respondToAgreement(ctx, agreementId, accept, organisationId);
  }

  @Query(() => [Agreement], {
    description:
      "Agreements waiting for an organisation to accept or decline being a party, newest first: the calling organisation's own, or (admins) the one named.",
  })
  @Directive('@tag(name: "restricted")')
  agreementProposals(
    @Arg('organisationId', () => ID, {
      nullable: true,
      description: 'Admins only: the organisation whose proposals to list (an organisation sees its own).',
    })
    organisationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return proposalsFor(ctx, organisationId);
  }
}
