import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import { httpAgreementDirectory } from '../agreements.client.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { AssignmentStatus } from '../enums.js';
import { CreateAssignmentInput, LogHoursInput } from '../inputs/assignment.input.js';
import { loaders } from '../loaders.js';
import { createAssignment, loadAssignment, requireAssignmentCoordinator, transitionAssignment } from '../services/assignment.service.js';
import { approveHours, logHours } from '../services/hours.service.js';
import { AgreementRef, MunicipalityRef, OrganisationRef } from '../stubs.js';
import { totalsByYear, YearHours } from './volunteer-relations.resolver.js';

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Mutation(() => Assignment, { description: 'A coordinator assigns a volunteer directly. The agreement is checked with the agreements subgraph.' })
  createAssignment(@Arg('input', () => CreateAssignmentInput) input: CreateAssignmentInput, @Ctx() ctx: Context) {
    return createAssignment(ctx.em, ctx.caller, input, httpAgreementDirectory(ctx.authorization));
  }

  @Mutation(() => Assignment, { description: 'planned → active | cancelled; active → completed | cancelled. Active needs what the agreement requires (e.g. a valid politiattest).' })
  async transitionAssignment(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => AssignmentStatus) status: AssignmentStatus,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    const assignment = await loadAssignment(ctx.em, id);
    requireAssignmentCoordinator(ctx.caller, assignment, 'transitionAssignment');
    return transitionAssignment(ctx.em, assignment, status, version, httpAgreementDirectory(ctx.authorization));
  }

  @Mutation(() => HoursEntry, { description: 'Logs hours on one assignment on one day (the volunteer or a coordinator).' })
  logHours(@Arg('input', () => LogHoursInput) input: LogHoursInput, @Ctx() ctx: Context) {
    return logHours(ctx.em, ctx.caller, input);
  }

  @Mutation(() => [HoursEntry], { description: 'A coordinator of the assignments approves hours entries.' })
  approveHours(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context) {
    return approveHours(ctx.em, ctx.caller, ids);
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: 'Personal fields still check the caller.' })
  volunteer(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loaders.volunteer(ctx).load(a.volunteerId);
  }

  @FieldResolver(() => OrganisationRef)
  organisation(@Root() a: Assignment): OrganisationRef {
    return { id: a.organisationId };
  }

  @FieldResolver(() => AgreementRef)
  agreement(@Root() a: Assignment): AgreementRef {
    return { id: a.agreementId };
  }

  @FieldResolver(() => MunicipalityRef)
  municipality(@Root() a: Assignment): MunicipalityRef {
    return { code: a.municipalityCode };
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() a: Assignment, @Ctx() ctx: Context) {
    return a.opportunityId ? loaders.opportunity(ctx).load(a.opportunityId) : null;
  }

  @FieldResolver(() => [HoursEntry])
  async hours(@Root() a: Assignment, @Ctx() ctx: Context) {
    return (await loaders.hours(ctx).load(a.id)) ?? [];
  }

  @FieldResolver(() => [YearHours], { description: 'Hours per year on this assignment.' })
  async hoursTotals(@Root() a: Assignment, @Ctx() ctx: Context) {
    return totalsByYear((await loaders.hours(ctx).load(a.id)) ?? []);
  }
}

@Resolver(() => Engagement)
export class EngagementResolver {
  @FieldResolver(() => OrganisationRef)
  organisation(@Root() e: Engagement): OrganisationRef {
    return { id: e.organisationId };
  }
}
