import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import type { AgreementDirectory } from '../agreements.client.js';
import { Assignment } from '../entities/assignment.entity.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { AssignmentStatus, EngagementStatus, InterestStatus } from '../enums.js';
import type { CreateAssignmentInput } from '../inputs/assignment.input.js';
import type { AcceptInterestInput } from '../inputs/opportunity.input.js';
import { complianceGaps, requirementsOf, stricter } from '../rules/compliance.js';
import { assignmentNext, transitionProblem } from '../rules/lifecycle.js';
import { checkActivity, checkPeriod, requireCoordinatorOf, requireText, today } from '../validate.js';
import { knownAgreement, loadOpportunity } from './opportunity.service.js';
import { loadForWrite } from './volunteer.service.js';

/** Taking a volunteer on for an assignment makes them the organisation's volunteer, if they were not already. */
async function ensureEngagement(tx: EntityManager, volunteerId: string, organisationId: string, on: string) {
  if (await tx.findOne(Engagement, { volunteerId, organisationId })) return;
  tx.create(Engagement, { volunteerId, organisationId, status: EngagementStatus.ACTIVE, appliedOn: on, startDate: on } as Engagement);
}

export async function createAssignment(em: EntityManager, caller: Caller, input: CreateAssignmentInput, directory: AgreementDirectory): Promise<Assignment> {
  const place = requireText('input.place', input.place);
  checkActivity('input.activity', input.activity);
  checkPeriod('input', input.startDate, input.endDate);
  if (caller.role !== 'municipality') requireCoordinatorOf(caller, { organisationId: input.organisationId }, 'createAssignment');
  await loadForWrite(em, input.volunteerId, null).catch(() => {
    throw new BadUserInputError('input.volunteerId', `no volunteer has id ${input.volunteerId}`);
  });
  // An assignment engages the volunteer and opens their data to the organisation, so only the
  // volunteer's own step (applying, or interest in an opportunity) may start that; admins excepted.
  if (caller.role !== 'admin') {
    const engaged = await em.findOne(Engagement, { volunteerId: input.volunteerId, organisationId: input.organisationId, status: { $ne: EngagementStatus.ARCHIVED } });
    if (!engaged) throw new BadUserInputError('input.volunteerId', `the volunteer is not engaged with organisation ${input.organisationId}; they apply (createEngagement) or show interest in an opportunity first`);
  }
  const agreement = await knownAgreement(directory, 'input.agreementId', input.agreementId, input.organisationId);
  requireCoordinatorOf(caller, { organisationId: input.organisationId, municipalityCode: agreement.municipalityCode }, 'createAssignment');
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
      requiresPoliceCertificate: !!input.requiresPoliceCertificate || agreement.requires.policeCertificate,
      requiresConfidentialityDeclaration: !!input.requiresConfidentialityDeclaration || agreement.requires.confidentialityDeclaration,
      requiresTraining: !!input.requiresTraining || agreement.requires.training,
      requiredCourses: input.requiredCourses ?? [],
    } as Assignment);
    await ensureEngagement(tx, input.volunteerId, input.organisationId, today());
    await tx.flush();
    return assignment;
  });
}

/** A coordinator accepts a volunteer's interest: the opportunity's terms become an assignment. */
export async function acceptInterest(em: EntityManager, caller: Caller, input: AcceptInterestInput, directory: AgreementDirectory, placesTaken: (id: string) => Promise<number>) {
  const interest = await em.findOne(Interest, { id: input.interestId });
  if (!interest) throw new BadUserInputError('input.interestId', `no interest has id ${input.interestId}`);
  const opportunity = await loadOpportunity(em, interest.opportunityId, 'input.interestId');
  requireCoordinatorOf(caller, opportunity.organisationId ? { organisationId: opportunity.organisationId } : { municipalityCode: opportunity.municipalityCode }, 'acceptInterest');
  if (interest.status !== InterestStatus.PENDING) throw new BadUserInputError('input.interestId', `the interest is ${interest.status}, not pending`);
  const organisationId = opportunity.organisationId ?? input.organisationId;
  if (!organisationId) throw new BadUserInputError('input.organisationId', 'the municipality published this opportunity: say which party organisation the volunteer works for');
  if (input.startDate) checkPeriod('input', input.startDate, opportunity.endDate);
  if ((await placesTaken(opportunity.id)) >= opportunity.places) throw new BadUserInputError('input.interestId', `all ${opportunity.places} places are taken`);
  await loadForWrite(em, interest.volunteerId, null);
  if (!opportunity.organisationId) await knownAgreement(directory, 'input.agreementId', opportunity.agreementId, organisationId);
  return em.transactional(async (tx) => {
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
      requiresPoliceCertificate: opportunity.requiresPoliceCertificate,
      requiresConfidentialityDeclaration: opportunity.requiresConfidentialityDeclaration,
      requiresTraining: opportunity.requiresTraining,
      requiredCourses: opportunity.requiredCourses,
    } as Assignment);
    await ensureEngagement(tx, interest.volunteerId, organisationId, today());
    await tx.flush();
    const accepted = tx.merge(interest);
    accepted.status = InterestStatus.ACCEPTED;
    accepted.assignmentId = assignment.id;
    await tx.flush();
    return assignment;
  });
}

export async function loadAssignment(em: EntityManager, id: string, field = 'id'): Promise<Assignment> {
  const assignment = await em.findOne(Assignment, { id });
  if (!assignment) throw field === 'id' ? new NotFoundError('Assignment', id) : new BadUserInputError(field, `no assignment has id ${id}`);
  return assignment;
}

/** Coordinators of an assignment: its organisation, the agreement's municipality, admins. */
export const requireAssignmentCoordinator = (caller: Caller, a: Assignment, action: string) =>
  requireCoordinatorOf(caller, { organisationId: a.organisationId, municipalityCode: a.municipalityCode }, action);

/**
 * Moves an assignment along its lifecycle. Becoming active checks what the
 * assignment and the agreement (asked again now) require of the volunteer on
 * the day the work starts (today, or the start date if later): no valid
 * politiattest, no activation.
 */
export async function transitionAssignment(
  em: EntityManager,
  assignment: Assignment,
  to: AssignmentStatus,
  version: number,
  directory: AgreementDirectory,
  on = today(),
): Promise<Assignment> {
  if (assignment.version !== version) throw new ConflictError('Assignment', assignment.id, version, assignment.version);
  const problem = transitionProblem(assignmentNext, assignment.status, to);
  if (problem) throw new BadUserInputError('status', problem);
  if (to === AssignmentStatus.ACTIVE) {
    const day = assignment.startDate > on ? assignment.startDate : on;
    const agreement = await knownAgreement(directory, 'agreementId', assignment.agreementId);
    const requirements = stricter(requirementsOf(assignment), agreement.requires);
    const compliance = await em.findOne(Compliance, { volunteerId: assignment.volunteerId });
    const gaps = complianceGaps(requirements, compliance, day);
    if (gaps.length > 0) throw new BadUserInputError('status', `the assignment cannot become active: the volunteer has ${gaps.join('; ')}`);
  }
  if ((to === AssignmentStatus.COMPLETED || to === AssignmentStatus.CANCELLED) && (!assignment.endDate || assignment.endDate > on)) assignment.endDate = on < assignment.startDate ? assignment.startDate : on;
  assignment.status = to;
  await em.flush();
  return assignment;
}
