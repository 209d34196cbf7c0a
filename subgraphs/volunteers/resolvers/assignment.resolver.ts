import { CROSS_REFERENCE } from '../../common/stubs.js';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context.js';
import type { VolunteerAccess } from '../access.js';
import type { AgreementDirectory } from '../clients/agreements.client.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { HoursEntry } from '../entities/hours-entry.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { AssignmentStatus } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { CreateAssignmentInput, LogHoursInput } from '../inputs/assignment.input.js';
import { loaders } from '../loaders.js';
import { totalsByYear } from '../rules/hours.js';
import { createAssignment, loadAssignment, transitionAssignment } from '../services/assignment.service.js';
import { approveHours, logHours } from '../services/hours.service.js';
import { AgreementRef, MunicipalityRef, OrganisationRef } from '../stubs.js';
import { YearHours } from './volunteer-relations.resolver.js';

@Resolver(() => Assignment)
export class AssignmentResolver {
  private readonly agreements: AgreementDirectory;
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.agreements = deps.agreements;
    this.access = deps.access;
  }

  @Mutation(() => Assignment, {
    description: 'A coordinator assigns a volunteer directly. The agreement is checked with the agreements subgraph.',
  })
  createAssignment(
    @Arg('input', () => CreateAssignmentInput, { description: 'The new assignment.' }) input: CreateAssignmentInput,
    @Ctx() ctx: Context,
  ) {
    return createAssignment(ctx, this.agreements, input);
  }

  @Mutation(() => Assignment, {
    description:
      'planned → active | cancelled; active → completed | cancelled. Active needs what the agreement requires (e.g. a valid politiattest).',
  })
  async transitionAssignment(
    @Arg('id', () => ID, { description: 'The assignment whose status changes.' }) id: string,
    @Arg('status', () => AssignmentStatus, { description: 'The new status.' }) status: AssignmentStatus,
    @Arg('version', () => Int, { description: "The assignment's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const assignment = await loadAssignment(ctx, id);
    await this.access.requireAssignmentCoordinator(ctx, assignment, 'transitionAssignment');
    return transitionAssignment(ctx, this.agreements, assignment, status, version);
  }

  @Mutation(() => HoursEntry, { description: 'Logs hours on one assignment on one day (the volunteer or a coordinator).' })
  logHours(@Arg('input', () => LogHoursInput, { description: 'The hours to log.' }) input: LogHoursInput, @Ctx() ctx: Context) {
    return logHours(ctx, this.access, input);
  }

  @Mutation(() => [HoursEntry], { description: 'A coordinator of the assignments approves hours entries.' })
  approveHours(@Arg('ids', () => [ID], { description: 'The hours entries to approve.' }) ids: string[], @Ctx() ctx: Context) {
    return approveHours(ctx, this.access, ids);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Volunteer, { nullable: true, description: 'Personal fields still check the caller.' })
  volunteer(@Root() a: Assignment, @Ctx() ctx: Context) {
    return loaders.volunteer(ctx).load(a.volunteerId);
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: `The organisation the volunteer works for on the assignment. ${CROSS_REFERENCE}`,
  })
  organisation(@Root() a: Assignment): OrganisationRef {
    return { id: a.organisationId };
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => AgreementRef, { nullable: true, description: `The agreement the assignment is under. ${CROSS_REFERENCE}` })
  agreement(@Root() a: Assignment): AgreementRef {
    return { id: a.agreementId };
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => MunicipalityRef, { nullable: true, description: `The municipality of the agreement. ${CROSS_REFERENCE}` })
  municipality(@Root() a: Assignment): MunicipalityRef {
    return { code: a.municipalityCode };
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => Opportunity, {
    nullable: true,
    description: 'The opportunity the assignment was made from; null for a direct assignment.',
  })
  opportunity(@Root() a: Assignment, @Ctx() ctx: Context) {
    return a.opportunityId ? loaders.opportunity(ctx).load(a.opportunityId) : null;
  }

  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [HoursEntry], { description: 'Hours logged on the assignment, one entry per day.' })
  async hours(@Root() a: Assignment, @Ctx() ctx: Context) {
    return (await loaders.hours(ctx).load(a.id)) ?? [];
  }

  @Directive('@listSize(assumedSize: 5)')
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => [YearHours], { description: 'Hours per year on this assignment.' })
  async hoursTotals(@Root() a: Assignment, @Ctx() ctx: Context) {
    return totalsByYear((await loaders.hours(ctx).load(a.id)) ?? []);
  }
}

@Resolver(() => Engagement)
export class EngagementResolver {
  @Directive('@tag(name: "personal")')
  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: `The organisation the volunteer is engaged with. ${CROSS_REFERENCE}`,
  })
  organisation(@Root() e: Engagement): OrganisationRef {
    return { id: e.organisationId };
  }
}
