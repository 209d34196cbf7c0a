import type { Context } from '../../common/context.js';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import type { OnBehalfOf } from '../../common/subgraph-client.js';
import { requireCoordinatorOf } from '../access.js';
import type { AgreementDirectory, AgreementInfo } from '../clients/agreements.client.js';
import { Interest } from '../entities/interest.entity.js';
import { Opportunity } from '../entities/opportunity.entity.js';
import { InterestStatus } from '../enums.js';
import type { CreateOpportunityInput } from '../inputs/opportunity.input.js';
import { FREE_TEXT, optionalText } from '../../common/validators.js';
import { checkActivity, checkPeriod, requireText } from '../rules/validation.js';
import { loadVolunteer } from './volunteer.service.js';

/**
 * Asks the agreements subgraph for the agreement on the caller's behalf; an unknown
 * one (or one the caller may not see) is bad input, and so is one that has ended.
 * When `organisationId` is given it must be a party.
 */
export async function knownAgreement(
  call: OnBehalfOf,
  directory: AgreementDirectory,
  field: string,
  agreementId: string,
  organisationId?: string | null,
): Promise<AgreementInfo> {
  const agreement = (await directory.find(call, [agreementId])).get(agreementId);
  if (!agreement)
    throw new BadUserInputError(
      field,
      `${agreementId} is an unknown agreement (the agreements service does not know it, or it is hidden from you)`,
    );
  if (agreement.closed)
    throw new BadUserInputError(
      field,
      `agreement ${agreementId} has expired or been terminated; no work can be arranged or started under it`,
    );
  if (organisationId && !agreement.partyIds.includes(organisationId)) {
    throw new BadUserInputError(
      field.replace(/agreementId$/, 'organisationId'),
      `organisation ${organisationId} is not a party to agreement ${agreementId}`,
    );
  }
  return agreement;
}

export async function createOpportunity(ctx: Context, directory: AgreementDirectory, input: CreateOpportunityInput): Promise<Opportunity> {
  const { caller } = ctx;
  const title = requireText('input.title', input.title);
  const place = requireText('input.place', input.place);
  checkActivity('input.activity', input.activity);
  if (!Number.isInteger(input.places) || input.places < 1)
    throw new BadUserInputError('input.places', `must be at least 1, got ${input.places}`);
  checkPeriod('input', input.startDate, input.endDate);
  const courses = (input.requiredCourses ?? []).map((c, i) => requireText(`input.requiredCourses[${i}]`, c));
  const skills = (input.requiredSkills ?? []).map((s, i) => requireText(`input.requiredSkills[${i}]`, s));
  const description = optionalText('input.description', input.description, FREE_TEXT);
  if (caller.role === 'organisation')
    requireCoordinatorOf(
      caller,
      { organisationId: input.organisationId },
      'createOpportunity (input.organisationId must be your organisation)',
    );
  else if (caller.role !== 'municipality') requireCoordinatorOf(caller, {}, 'createOpportunity');

  const agreement = await knownAgreement(ctx, directory, 'input.agreementId', input.agreementId, input.organisationId);
  if (caller.role === 'municipality') {
    if (agreement.municipalityCode !== caller.municipalityCode)
      throw new ForbiddenError(`agreement ${agreement.id} belongs to municipality ${agreement.municipalityCode}, not yours`);
    if (input.organisationId)
      throw new BadUserInputError('input.organisationId', 'a municipality publishes in its own name; leave organisationId empty');
  }
  const opportunity = ctx.em.create(Opportunity, {
    title,
    description: description ?? null,
    organisationId: input.organisationId ?? null,
    municipalityCode: agreement.municipalityCode,
    agreementId: agreement.id,
    activity: input.activity,
    place,
    places: input.places,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    // The coordinator's requirements and the agreement's, whichever is stricter.
    requiresPoliceCertificate: !!input.requiresPoliceCertificate || agreement.requires.policeCertificate,
    requiresConfidentialityDeclaration: !!input.requiresConfidentialityDeclaration || agreement.requires.confidentialityDeclaration,
    requiresTraining: !!input.requiresTraining || agreement.requires.training,
    requiredCourses: courses,
    requiredSkills: skills,
    availability: input.availability ?? [],
  });
  await ctx.em.flush();
  return opportunity;
}

export async function loadOpportunity(ctx: Context, id: string, field = 'opportunityId'): Promise<Opportunity> {
  const opportunity = await ctx.em.findOne(Opportunity, { id });
  if (!opportunity) throw new BadUserInputError(field, `no opportunity has id ${id}`);
  return opportunity;
}

export async function expressInterest(ctx: Context, volunteerId: string, opportunityId: string): Promise<Interest> {
  const opportunity = await loadOpportunity(ctx, opportunityId);
  if (opportunity.endDate && opportunity.endDate < ctx.clock.today())
    throw new BadUserInputError('opportunityId', `the opportunity ended on ${opportunity.endDate}`);
  await loadVolunteer(ctx, volunteerId);
  const existing = await ctx.em.findOne(Interest, { volunteerId, opportunityId });
  if (existing?.status === InterestStatus.WITHDRAWN) existing.status = InterestStatus.PENDING;
  const interest =
    existing ?? ctx.em.create(Interest, { volunteerId, opportunityId, status: InterestStatus.PENDING, createdAt: ctx.clock.now() });
  await ctx.em.flush();
  return interest;
}

export async function withdrawInterest(ctx: Context, volunteerId: string, interestId: string): Promise<Interest> {
  const interest = await ctx.em.findOne(Interest, { id: interestId, volunteerId });
  if (!interest) throw new NotFoundError('Interest', interestId);
  if (interest.status === InterestStatus.ACCEPTED)
    throw new BadUserInputError('interestId', 'the interest was accepted; cancel the assignment instead');
  interest.status = InterestStatus.WITHDRAWN;
  await ctx.em.flush();
  return interest;
}
