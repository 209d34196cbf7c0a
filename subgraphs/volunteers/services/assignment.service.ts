import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../common/context.js';
import { BadUserInputError, NotFoundError, UniqueConflictError } from '../../common/errors.js';
import { assertVersion, lockRow, versionedWrite } from '../../common/versioned-write.js';
import { requireCoordinatorOf } from '../access.js';
import type { AgreementDirectory, AgreementInfo } from '../clients/agreements.client.js';
import { Assignment } from '../entities/assignment.entity.js';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { AssignmentStatus, EngagementStatus, InterestStatus } from '../enums.js';
import type { CreateAssignmentInput } from '../inputs/assignment.input.js';
import type { AcceptInterestInput } from '../inputs/opportunity.input.js';
import { complianceGaps, reliedOnBy, requirementColumns, requirementsOf, stricter } from '../rules/compliance.js';
import { assignmentNext, transitionProblem } from '../rules/lifecycle.js';
import { checkActivity, checkPeriod, requireText } from '../rules/validation.js';
import { knownAgreement, loadOpportunity } from './opportunity.service.js';
import { loadVolunteer } from './volunteer.service.js';
import { loaders } from '../loaders.js';

/** Taking a volunteer on for an assignment makes them the organisation's volunteer, if they were not already. */
async function ensureEngagement(tx: EntityManager, volunteerId: string, organisationId: string, on: string) {
  if (await tx.findOne(Engagement, { volunteerId, organisationId })) return;
  tx.create(Engagement, { volunteerId, organisationId, status: EngagementStatus.ACTIVE, appliedOn: on, startDate: on });
}

/**
 * Who may put a volunteer to work for an organisation under an agreement (known to be open, the
 * organisation among the parties that accepted it): an admin, the organisation itself, or the
 * agreement's municipality under an active agreement only. Except for admins, the volunteer must
 * already be engaged with the organisation (their own step, or the organisation's), so an
 * assignment opens nothing new; an unknown volunteer and one who is not engaged get one answer.
 */
async function checkMayAssign(
  ctx: Context,
  volunteerId: string,
  organisationId: string,
  agreement: AgreementInfo,
  fields: { volunteer: string; agreement: string },
) {
  const { caller } = ctx;
  requireCoordinatorOf(caller, { organisationId, municipalityCode: agreement.municipalityCode }, 'an assignment');
  if (caller.role === 'municipality' && agreement.status !== 'ACTIVE') {
    throw new BadUserInputError(
      fields.agreement,
      `agreement ${agreement.id} is ${agreement.status.toLowerCase()}; a municipality assigns volunteers only under an active agreement`,
    );
  }
  const volunteer = await ctx.em.findOne(Volunteer, { id: volunteerId, erasedAt: null });
  if (caller.role === 'admin' && !volunteer) throw new BadUserInputError(fields.volunteer, `no volunteer has id ${volunteerId}`);
  if (caller.role !== 'admin' && !(volunteer && (await loaders.engagedWith(ctx, organisationId).load(volunteerId)))) {
    throw new BadUserInputError(
      fields.volunteer,
      `no volunteer engaged with organisation ${organisationId} has id ${volunteerId}; a volunteer applies (createEngagement) or shows interest in an opportunity first`,
    );
  }
}

/** A coordinator assigns a volunteer directly (see checkMayAssign for who may). */
export async function createAssignment(ctx: Context, directory: AgreementDirectory, input: CreateAssignmentInput): Promise<Assignment> {
  const { caller, em } = ctx;
  const place = requireText('input.place', input.place);
  checkActivity('input.activity', input.activity);
  checkPeriod('input', input.startDate, input.endDate);
  if (caller.role !== 'municipality') requireCoordinatorOf(caller, { organisationId: input.organisationId }, 'createAssignment');
  const agreement = await knownAgreement(ctx, directory, 'input.agreementId', input.agreementId, input.organisationId);
  await checkMayAssign(ctx, input.volunteerId, input.organisationId, agreement, {
    volunteer: 'input.volunteerId',
    agreement: 'input.agreementId',
  });
  return em.transactional(async (tx) => {
    const assignment = tx.create(Assignment, {
      volunteerId: input.volunteerId,
      organisationId: input.organisationId,
      agreementId: agreement.id,
      municipalityCode: agreement.municipalityCode,
      place,
      activity: input.activity,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      ...requirementColumns(input, agreement.requires),
    });
    await ensureEngagement(tx, input.volunteerId, input.organisationId, ctx.clock.today());
    await tx.flush();
    return assignment;
  });
}

/** A coordinator accepts a volunteer's interest: the opportunity's terms become an assignment. */
export async function acceptInterest(
  ctx: Context,
  directory: AgreementDirectory,
  input: AcceptInterestInput,
  placesTaken: (id: string) => Promise<number>,
) {
  const { caller, em } = ctx;
  const interest = await em.findOne(Interest, { id: input.interestId });
  if (!interest) throw new BadUserInputError('input.interestId', `no interest has id ${input.interestId}`);
  const opportunity = await loadOpportunity(ctx, interest.opportunityId, 'input.interestId');
  requireCoordinatorOf(
    caller,
    opportunity.organisationId ? { organisationId: opportunity.organisationId } : { municipalityCode: opportunity.municipalityCode },
    'acceptInterest',
  );
  if (interest.status !== InterestStatus.PENDING)
    throw new BadUserInputError('input.interestId', `the interest is ${interest.status}, not pending`);
  const organisationId = opportunity.organisationId ?? input.organisationId;
  if (!organisationId)
    throw new BadUserInputError(
      'input.organisationId',
      'the municipality published this opportunity: say which party organisation the volunteer works for',
    );
  if (input.startDate) checkPeriod('input', input.startDate, opportunity.endDate);
  if ((await placesTaken(opportunity.id)) >= opportunity.places)
    throw new BadUserInputError('input.interestId', `all ${opportunity.places} places are taken`);
  await loadVolunteer(ctx, interest.volunteerId);
  if (!opportunity.organisationId) {
    // The municipality names the organisation: the same rule as a direct assignment.
    const agreement = await knownAgreement(ctx, directory, 'input.agreementId', opportunity.agreementId, organisationId);
    await checkMayAssign(ctx, interest.volunteerId, organisationId, agreement, {
      volunteer: 'input.interestId',
      agreement: 'input.interestId',
    });
  }
  return em.transactional(async (tx) => {
    // The opportunity's row is locked while its places are counted and one is taken, and the
    // interest is read again under it: two acceptances at once cannot both take the last place.
    const locked = await lockRow(tx, Opportunity, { id: opportunity.id });
    if (!locked) throw new BadUserInputError('input.interestId', `no opportunity has id ${opportunity.id}`);
    const current = await tx.findOne(Interest, { id: interest.id }, { refresh: true });
    if (current?.status !== InterestStatus.PENDING)
      throw new UniqueConflictError(
        'input.interestId',
        `the interest is ${current?.status ?? 'gone'}, not pending; it was answered meanwhile`,
      );
    const taken = await tx.count(Assignment, { opportunityId: opportunity.id, status: { $ne: AssignmentStatus.CANCELLED } });
    if (taken >= locked.places) throw new BadUserInputError('input.interestId', `all ${locked.places} places are taken`);
    const assignment = tx.create(Assignment, {
      volunteerId: interest.volunteerId,
      organisationId,
      agreementId: opportunity.agreementId,
      municipalityCode: opportunity.municipalityCode,
      opportunityId: opportunity.id,
      place: opportunity.place,
      activity: opportunity.activity,
      startDate: input.startDate ?? opportunity.startDate,
      endDate: opportunity.endDate,
      ...requirementColumns(opportunity),
    });
    await ensureEngagement(tx, interest.volunteerId, organisationId, ctx.clock.today());
    await tx.flush();
    current.status = InterestStatus.ACCEPTED;
    current.assignmentId = assignment.id;
    await tx.flush();
    return assignment;
  });
}

export async function loadAssignment(ctx: Context, id: string, field = 'id'): Promise<Assignment> {
  const assignment = await ctx.em.findOne(Assignment, { id });
  if (!assignment) throw field === 'id' ? new NotFoundError('Assignment', id) : new BadUserInputError(field, `no assignment has id ${id}`);
  return assignment;
}

/**
 * Moves an assignment along its lifecycle. Becoming active checks what the
 * assignment and the agreement (asked again now) require of the volunteer on
 * the day the work starts (today, or the start date if later): no valid
 * politiattest, no activation. The write is versioned: a stale version or a
 * lost race is CONFLICT.
 */
export async function transitionAssignment(
  ctx: Context,
  directory: AgreementDirectory,
  assignment: Assignment,
  to: AssignmentStatus,
  version: number,
): Promise<Assignment> {
  assertVersion('Assignment', assignment.id, version, assignment.version);
  const problem = transitionProblem(assignmentNext, assignment.status, to);
  if (problem) throw new BadUserInputError('status', problem);
  const on = ctx.clock.today();
  if (to === AssignmentStatus.ACTIVE) {
    const day = assignment.startDate > on ? assignment.startDate : on;
    const agreement = await knownAgreement(ctx, directory, 'agreementId', assignment.agreementId);
    const requirements = stricter(requirementsOf(assignment), agreement.requires);
    // Only the assignment's organisation's records (and administrators') count: no one else's can block or unblock it.
    const records = reliedOnBy(await ctx.em.find(ComplianceRecord, { volunteerId: assignment.volunteerId }), assignment.organisationId);
    const gaps = complianceGaps(requirements, records, day);
    if (gaps.length > 0) throw new BadUserInputError('status', `the assignment cannot become active: the volunteer has ${gaps.join('; ')}`);
  }
  return versionedWrite(ctx.em, { entity: Assignment, label: 'Assignment', id: assignment.id, version }, (row) => {
    if ((to === AssignmentStatus.COMPLETED || to === AssignmentStatus.CANCELLED) && (!row.endDate || row.endDate > on))
      row.endDate = on < row.startDate ? row.startDate : on;
    row.status = to;
  });
}
