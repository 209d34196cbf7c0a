import { Arg, Ctx, Directive, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError } from '../../common/errors.js';
import { requireCoordinatorOf, type VolunteerAccess } from '../access.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus, InterestStatus } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { loaders } from '../loaders.js';
import { reliedOnBy, requirementsOf, type RecordFacts } from '../rules/compliance.js';
import { match, rank, type Criterion, type MatchResult } from '../rules/matching.js';
import { loadOpportunity } from '../services/opportunity.service.js';

enum MatchCriterion {
  MUNICIPALITY = 'municipality',
  ACTIVITY = 'activity',
  SKILLS = 'skills',
  AVAILABILITY = 'availability',
  COMPLIANCE = 'compliance',
  PERIOD = 'period',
  PLACES = 'places',
}
registerEnumType(MatchCriterion, {
  name: 'MatchCriterion',
  description:
    'What matching a volunteer with an opportunity checks. Unmet SKILLS, AVAILABILITY, COMPLIANCE, PERIOD or PLACES make the pair ineligible.',
  valuesConfig: {
    MUNICIPALITY: { description: 'the volunteer lives in the municipality of the opportunity (30 points)' },
    ACTIVITY: { description: 'the volunteer wants to do the activity (25 points)' },
    SKILLS: { description: 'the volunteer has the skills needed (up to 20 points, by share)' },
    AVAILABILITY: { description: 'the volunteer is available when the effort is needed (15 points)' },
    COMPLIANCE: { description: 'politiattest, taushetserklæring and courses are valid on the start day (10 points)' },
    PERIOD: { description: 'the opportunity has not ended' },
    PLACES: { description: 'places are left' },
  },
});

@ObjectType({
  description:
    'Why a pair is (not) a match on one criterion. Residence, wishes, skills and availability are given only to callers who may read the full profile.',
})
class MatchReason {
  @Directive('@tag(name: "personal")')
  @Field(() => MatchCriterion, { description: 'What was checked.' })
  criterion!: Criterion;
  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'Whether the criterion is met.' })
  met!: boolean;
  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'Unmet and making the pair ineligible.' })
  blocking!: boolean;
  @Directive('@tag(name: "personal")')
  @Field(() => String, { description: 'Why, in plain words, e.g. "lacks førerkort".' })
  detail!: string;
}

/** What every match carries: its score, whether it is eligible, and why (not a GraphQL type of its own). */
@ObjectType()
abstract class ScoredMatch {
  @Directive('@tag(name: "personal")')
  @Field(() => Int, { description: '0-100: municipality 30, activity 25, skills 20, availability 15, compliance 10.' })
  score!: number;
  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, { description: 'No blocking criterion is unmet: the volunteer could be given the work.' })
  eligible!: boolean;
  @Directive('@tag(name: "personal")')
  @Field(() => [MatchReason], { description: 'Each criterion, whether it is met, and why.' })
  reasons!: MatchReason[];
}

@ObjectType({ description: 'An opportunity scored for a volunteer, with the reasons.' })
class OpportunityMatch extends ScoredMatch {
  @Directive('@tag(name: "personal")')
  @Field(() => Opportunity, { description: 'The opportunity.' })
  opportunity!: Opportunity;
}

@ObjectType({ description: 'A volunteer scored for an opportunity, with the reasons.' })
class CandidateMatch extends ScoredMatch {
  @Directive('@tag(name: "personal")')
  @Field(() => Volunteer, { description: 'The volunteer (personal fields still check the caller).' })
  volunteer!: Volunteer;
  @Directive('@tag(name: "personal")')
  @Field(() => Boolean, {
    description: 'The volunteer expressed interest (otherwise: an active volunteer of the publishing organisation).',
  })
  interested!: boolean;
}

async function profileOf(ctx: Context, o: Opportunity) {
  const taken = (await loaders.placesTaken(ctx).load(o.id)) ?? 0;
  return {
    ...o,
    placesLeft: o.places - taken,
    requirements: requirementsOf(o),
  };
}

/** The records that count for work on an opportunity: its organisation's and administrators' (any the caller reads when a municipality published it). */
const countingFor = <R extends RecordFacts>(records: R[], o: Opportunity) =>
  o.organisationId ? reliedOnBy(records, o.organisationId) : records;

const checkFirst = (first: number) => {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new BadUserInputError('first', `must be between 1 and 100, got ${first}`);
};

@Resolver()
export class MatchingResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  @Directive('@tag(name: "personal")')
  @Query(() => [OpportunityMatch], {
    description: 'Open opportunities ranked for a volunteer (the volunteer, their organisation, admins).',
  })
  async opportunitiesFor(
    @Arg('volunteerId', () => ID, { description: 'The volunteer to find opportunities for.' }) volunteerId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many to return, 1-100.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    checkFirst(first);
    const volunteer = await loaders.volunteer(ctx).load(volunteerId);
    if (!volunteer || (await this.access.level(ctx, volunteer)) !== 'full') throw new NotFoundError('Volunteer', volunteerId);
    const on = ctx.clock.today();
    const open = await ctx.em.find(Opportunity, { $or: [{ endDate: null }, { endDate: { $gte: on } }] });
    const readable = await this.access.readableRecords(ctx, volunteer, (await loaders.complianceRecords(ctx).load(volunteerId)) ?? []);
    const results = await Promise.all(
      open.map(async (o) => ({ opportunity: o, ...match(volunteer, countingFor(readable, o), await profileOf(ctx, o), on) })),
    );
    return rank(
      results,
      (r) => r,
      (r) => r.opportunity.id,
    ).slice(0, first);
  }

  @Directive('@tag(name: "personal")')
  @Query(() => [CandidateMatch], {
    description:
      "Volunteers ranked for an opportunity: those who showed interest, and the publishing organisation's active volunteers. Without the full profile of a candidate, score, eligibility and reasons count only compliance, period and places.",
  })
  async candidatesFor(
    @Arg('opportunityId', () => ID, { description: 'The opportunity to find volunteers for.' }) opportunityId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many to return, 1-100.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    checkFirst(first);
    const opportunity = await loadOpportunity(ctx, opportunityId);
    requireCoordinatorOf(
      ctx.caller,
      opportunity.organisationId ? { organisationId: opportunity.organisationId } : { municipalityCode: opportunity.municipalityCode },
      'candidatesFor',
    );
    const interested = new Set((await ctx.em.find(Interest, { opportunityId, status: InterestStatus.PENDING })).map((i) => i.volunteerId));
    const engaged = opportunity.organisationId
      ? (await ctx.em.find(Engagement, { organisationId: opportunity.organisationId, status: EngagementStatus.ACTIVE })).map(
          (e) => e.volunteerId,
        )
      : [];
    const assigned = new Set((await ctx.em.find(Interest, { opportunityId, status: InterestStatus.ACCEPTED })).map((i) => i.volunteerId));
    const ids = [...new Set([...interested, ...engaged])].filter((id) => !assigned.has(id));
    const volunteers = (await loaders.volunteer(ctx).loadMany(ids)).filter((v): v is Volunteer => v instanceof Volunteer && !v.erasedAt);
    const profile = await profileOf(ctx, opportunity);
    const on = ctx.clock.today();
    // What the caller may read decides what the match may say: the profile criteria only with the full profile,
    // compliance only from the records the caller reads (access.ts).
    const results: (CandidateMatch & MatchResult)[] = await Promise.all(
      volunteers.map(async (volunteer) => {
        const full = (await this.access.level(ctx, volunteer)) === 'full';
        const readable = await this.access.readableRecords(ctx, volunteer, (await loaders.complianceRecords(ctx).load(volunteer.id)) ?? []);
        return {
          volunteer,
          interested: interested.has(volunteer.id),
          ...match(volunteer, countingFor(readable, opportunity), profile, on, full),
        };
      }),
    );
    return rank(
      results,
      (r) => r,
      (r) => r.volunteer.id,
    ).slice(0, first);
  }
}
