import { CROSS_REFERENCE } from '../../common/stubs.js';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { Connection, paginate } from '../../common/pagination.js';
import type { AgreementDirectory } from '../clients/agreements.client.js';
import { signedInVolunteer } from '../access.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Availability } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { AcceptInterestInput, CreateOpportunityInput, OpportunitiesArgs } from '../inputs/opportunity.input.js';
import { loaders } from '../loaders.js';
import { acceptInterest } from '../services/assignment.service.js';
import { createOpportunity, expressInterest, withdrawInterest } from '../services/opportunity.service.js';
import { AgreementRef, MunicipalityRef, OrganisationRef } from '../stubs.js';
import { checkActivity } from '../rules/validation.js';

const OpportunityConnection = Connection(Opportunity);

@Resolver(() => Opportunity)
export class OpportunityResolver {
  private readonly agreements: AgreementDirectory;
  constructor(deps: VolunteersDeps) {
    this.agreements = deps.agreements;
  }

  @Query(() => Opportunity, { nullable: true, description: 'An opportunity by id; null when there is none.' })
  opportunity(@Arg('id', () => ID, { description: 'Identifier of the opportunity.' }) id: string, @Ctx() ctx: Context) {
    return loaders.opportunity(ctx).load(id);
  }

  @Query(() => OpportunityConnection, { description: 'Published needs for volunteer effort; public (they name no person).' })
  opportunities(@Args(() => OpportunitiesArgs) { municipalityCode, activity, ...page }: OpportunitiesArgs, @Ctx() ctx: Context) {
    if (activity) checkActivity('activity', activity);
    return paginate(page, ({ limit, offset }) =>
      ctx.em.findAndCount(
        Opportunity,
        { ...(municipalityCode ? { municipalityCode } : {}), ...(activity ? { activity } : {}) },
        { orderBy: { startDate: 'desc', id: 'asc' }, limit, offset },
      ),
    );
  }

  @Mutation(() => Opportunity, {
    description: "Publishes a need: an organisation party to the agreement, the agreement's municipality, or an admin.",
  })
  createOpportunity(
    @Arg('input', () => CreateOpportunityInput, { description: 'The new opportunity.' }) input: CreateOpportunityInput,
    @Ctx() ctx: Context,
  ) {
    return createOpportunity(ctx, this.agreements, input);
  }

  @Mutation(() => Interest, { description: 'The signed-in volunteer expresses interest in an opportunity.' })
  expressInterest(
    @Arg('opportunityId', () => ID, { description: 'The opportunity the volunteer is interested in.' }) opportunityId: string,
    @Ctx() ctx: Context,
  ) {
    return expressInterest(ctx, signedInVolunteer(ctx.caller, 'expressInterest'), opportunityId);
  }

  @Mutation(() => Interest, { description: 'The signed-in volunteer withdraws an interest that has not been accepted.' })
  withdrawInterest(
    @Arg('interestId', () => ID, { description: "The volunteer's own interest to withdraw." }) interestId: string,
    @Ctx() ctx: Context,
  ) {
    return withdrawInterest(ctx, signedInVolunteer(ctx.caller, 'withdrawInterest'), interestId);
  }

  @Mutation(() => Assignment, { description: 'A coordinator of the opportunity accepts an interest; this creates a planned assignment.' })
  acceptInterest(
    @Arg('input', () => AcceptInterestInput, { description: 'The interest to accept, and the assignment details.' })
    input: AcceptInterestInput,
    @Ctx() ctx: Context,
  ) {
    return acceptInterest(ctx, this.agreements, input, async (id) => (await loaders.placesTaken(ctx).load(id)) ?? 0);
  }

  @FieldResolver(() => MunicipalityRef, {
    nullable: true,
    description: `The municipality where the work is done (the agreement's). ${CROSS_REFERENCE}`,
  })
  municipality(@Root() o: Opportunity): MunicipalityRef {
    return { code: o.municipalityCode };
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The publishing organisation; null when the municipality published it.',
  })
  organisation(@Root() o: Opportunity): OrganisationRef | null {
    return o.organisationId ? { id: o.organisationId } : null;
  }

  @FieldResolver(() => AgreementRef, { nullable: true, description: `The agreement the work is done under. ${CROSS_REFERENCE}` })
  agreement(@Root() o: Opportunity): AgreementRef {
    return { id: o.agreementId };
  }

  @FieldResolver(() => [Availability], { description: 'When the effort is needed (empty: any time).' })
  availability(@Root() o: Opportunity) {
    return o.availability;
  }

  @FieldResolver(() => Int, { description: 'Places not yet taken by assignments made from this opportunity (never below 0).' })
  async placesLeft(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return Math.max(0, o.places - ((await loaders.placesTaken(ctx).load(o.id)) ?? 0));
  }
}

@Resolver(() => Interest)
export class InterestResolver {
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Opportunity, { nullable: true, description: 'The opportunity the interest is in.' })
  opportunity(@Root() i: Interest, @Ctx() ctx: Context) {
    return loaders.opportunity(ctx).load(i.opportunityId);
  }
}
