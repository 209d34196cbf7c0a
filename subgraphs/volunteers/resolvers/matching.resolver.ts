import { Arg, Ctx, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { accessLevel } from '../access.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus, InterestStatus } from '../enums.js';
import { loaders } from '../loaders.js';
import { requirementsOf } from '../rules/compliance.js';
import { match, rank, type Criterion, type MatchResult } from '../rules/matching.js';
import { loadOpportunity } from '../services/opportunity.service.js';
import { requireCoordinatorOf, today } from '../validate.js';

enum MatchCriterion {
  MUNICIPALITY = 'municipality',
  ACTIVITY = 'activity',
  SKILLS = 'skills',
  AVAILABILITY = 'availability',
  COMPLIANCE = 'compliance',
  PERIOD = 'period',
  PLACES = 'places',
}
registerEnumType(MatchCriterion, { name: 'MatchCriterion' });

@ObjectType({ description: 'Why a pair is (not) a match on one criterion.' })
class MatchReason {
  @Field(() => MatchCriterion) criterion!: Criterion;
  @Field(() => Boolean) met!: boolean;
  @Field(() => Boolean, { description: 'Unmet and making the pair ineligible.' }) blocking!: boolean;
  @Field(() => String) detail!: string;
}

@ObjectType()
class OpportunityMatch {
  @Field(() => Opportunity) opportunity!: Opportunity;
  @Field(() => Int, { description: '0-100: municipality 30, activity 25, skills 20, availability 15, compliance 10.' }) score!: number;
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => [MatchReason]) reasons!: MatchReason[];
}

@ObjectType()
class CandidateMatch {
  @Field(() => Volunteer) volunteer!: Volunteer;
  @Field(() => Boolean, { description: 'The volunteer expressed interest (otherwise: an active volunteer of the publishing organisation).' }) interested!: boolean;
  @Field(() => Int) score!: number;
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => [MatchReason]) reasons!: MatchReason[];
}

async function profileOf(ctx: Context, o: Opportunity) {
  const taken = (await loaders.placesTaken(ctx).load(o.id)) ?? 0;
  return {
    ...o,
    placesLeft: o.places - taken,
    requirements: requirementsOf(o),
  };
}

const checkFirst = (first: number) => {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadUserInputError('first', `must be between 1 and 100, got ${first}`);
};

@Resolver()
export class MatchingResolver {
  @Query(() => [OpportunityMatch], { description: 'Open opportunities ranked for a volunteer (the volunteer, their organisation, admins).' })
  async opportunitiesFor(@Arg('volunteerId', () => ID) volunteerId: string, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    checkFirst(first);
    const volunteer = await loaders.volunteer(ctx).load(volunteerId);
    if (!volunteer || (await accessLevel(ctx, volunteer)) !== 'full') throw new NotFoundError('Volunteer', volunteerId);
    const on = today();
    const open = await ctx.em.find(Opportunity, { $or: [{ endDate: null }, { endDate: { $gte: on } }] });
    const compliance = await loaders.compliance(ctx).load(volunteerId);
    const results = await Promise.all(open.map(async (o) => ({ opportunity: o, ...match(volunteer, compliance, await profileOf(ctx, o), on) })));
    return rank(results, (r) => r, (r) => r.opportunity.id).slice(0, first);
  }

  @Query(() => [CandidateMatch], { description: 'Volunteers ranked for an opportunity: those who showed interest, and the publishing organisation\'s active volunteers.' })
  async candidatesFor(@Arg('opportunityId', () => ID) opportunityId: string, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() ctx: Context) {
    checkFirst(first);
    const opportunity = await loadOpportunity(ctx.em, opportunityId);
    requireCoordinatorOf(ctx.caller, opportunity.organisationId ? { organisationId: opportunity.organisationId } : { municipalityCode: opportunity.municipalityCode }, 'candidatesFor');
    const interested = new Set((await ctx.em.find(Interest, { opportunityId, status: InterestStatus.PENDING })).map((i) => i.volunteerId));
    const engaged = opportunity.organisationId
      ? (await ctx.em.find(Engagement, { organisationId: opportunity.organisationId, status: EngagementStatus.ACTIVE })).map((e) => e.volunteerId)
      : [];
    const assigned = new Set((await ctx.em.find(Interest, { opportunityId, status: InterestStatus.ACCEPTED })).map((i) => i.volunteerId));
    const ids = [...new Set([...interested, ...engaged])].filter((id) => !assigned.has(id));
    const volunteers = (await loaders.volunteer(ctx).loadMany(ids)).filter((v): v is Volunteer => v instanceof Volunteer && !v.erasedAt);
    const profile = await profileOf(ctx, opportunity);
    const on = today();
    const compliance = await loaders.compliance(ctx).loadMany(volunteers.map((v) => v.id));
    const results: (CandidateMatch & MatchResult)[] = volunteers.map((volunteer, i) => {
      const facts = compliance[i];
      return { volunteer, interested: interested.has(volunteer.id), ...match(volunteer, facts instanceof Compliance ? facts : null, profile, on) };
    });
    return rank(results, (r) => r, (r) => r.volunteer.id).slice(0, first);
  }
}
