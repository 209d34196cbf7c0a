import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { Connection, paginate } from '../../common/pagination.js';
import { httpAgreementDirectory } from '../agreements.client.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Availability } from '../enums.js';
import { AcceptInterestInput, CreateOpportunityInput, OpportunitiesArgs } from '../inputs/opportunity.input.js';
import { loaders } from '../loaders.js';
import { acceptInterest } from '../services/assignment.service.js';
import { createOpportunity, expressInterest, withdrawInterest } from '../services/opportunity.service.js';
import { AgreementRef, MunicipalityRef, OrganisationRef } from '../stubs.js';
import { checkActivity } from '../validate.js';

const OpportunityConnection = Connection(Opportunity);

@Resolver(() => Opportunity)
export class OpportunityResolver {
  @Query(() => Opportunity, { nullable: true })
  opportunity(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
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

  @Mutation(() => Opportunity, { description: 'Publishes a need: an organisation party to the agreement, the agreement\'s municipality, or an admin.' })
  createOpportunity(@Arg('input', () => CreateOpportunityInput) input: CreateOpportunityInput, @Ctx() ctx: Context) {
    return createOpportunity(ctx.em, ctx.caller, input, httpAgreementDirectory(ctx.authorization));
  }

  @Mutation(() => Interest, { description: 'The signed-in volunteer expresses interest in an opportunity.' })
  expressInterest(@Arg('opportunityId', () => ID) opportunityId: string, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['volunteer'], 'expressInterest');
    return expressInterest(ctx.em, ctx.caller.volunteerId!, opportunityId);
  }

  @Mutation(() => Interest)
  withdrawInterest(@Arg('interestId', () => ID) interestId: string, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['volunteer'], 'withdrawInterest');
    return withdrawInterest(ctx.em, ctx.caller.volunteerId!, interestId);
  }

  @Mutation(() => Assignment, { description: 'A coordinator of the opportunity accepts an interest; this creates a planned assignment.' })
  acceptInterest(@Arg('input', () => AcceptInterestInput) input: AcceptInterestInput, @Ctx() ctx: Context) {
    return acceptInterest(ctx.em, ctx.caller, input, httpAgreementDirectory(ctx.authorization), async (id) => (await loaders.placesTaken(ctx).load(id)) ?? 0);
  }

  @FieldResolver(() => MunicipalityRef)
  municipality(@Root() o: Opportunity): MunicipalityRef {
    return { code: o.municipalityCode };
  }

  @FieldResolver(() => OrganisationRef, { nullable: true, description: 'The publishing organisation; null when the municipality published it.' })
  organisation(@Root() o: Opportunity): OrganisationRef | null {
    return o.organisationId ? { id: o.organisationId } : null;
  }

  @FieldResolver(() => AgreementRef)
  agreement(@Root() o: Opportunity): AgreementRef {
    return { id: o.agreementId };
  }

  @FieldResolver(() => [Availability], { description: 'When the effort is needed (empty: any time).' })
  availability(@Root() o: Opportunity) {
    return o.availability;
  }

  @FieldResolver(() => Int)
  async placesLeft(@Root() o: Opportunity, @Ctx() ctx: Context) {
    return Math.max(0, o.places - ((await loaders.placesTaken(ctx).load(o.id)) ?? 0));
  }
}

@Resolver(() => Interest)
export class InterestResolver {
  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() i: Interest, @Ctx() ctx: Context) {
    return loaders.opportunity(ctx).load(i.opportunityId);
  }
}
