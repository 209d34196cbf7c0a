import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Caller } from '../../common/auth.js';
import type { Context } from '../../common/context.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { accessLevel } from '../access.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus } from '../enums.js';
import { CreateVolunteerInput, VolunteerInput } from '../inputs/volunteer.input.js';
import { createEngagement, loadEngagement, transitionEngagement } from '../services/engagement.service.js';
import { createVolunteer, eraseVolunteer, giveConsent, updateVolunteer, withdrawConsent } from '../services/volunteer.service.js';
import { requireCoordinatorOf } from '../validate.js';

/** The volunteer a self-service mutation acts on: a volunteer always themselves, an admin whoever it names. */
export function selfOrAdmin(caller: Caller, volunteerId: string | null, action: string): string {
  requireRole(caller, ['volunteer', 'admin'], action);
  if (caller.role === 'volunteer') {
    if (volunteerId && volunteerId !== caller.volunteerId) throw new ForbiddenError(`${action}: a volunteer acts only for themselves`);
    return caller.volunteerId!;
  }
  if (!volunteerId) throw new ForbiddenError(`${action}: an admin must name the volunteerId`);
  return volunteerId;
}

@Resolver()
export class VolunteerMutationResolver {
  @Mutation(() => Volunteer, { description: 'Registers a volunteer (admins; an organisation registers its own applicants).' })
  createVolunteer(@Arg('input', () => CreateVolunteerInput) input: CreateVolunteerInput, @Ctx() ctx: Context) {
    requireRole(ctx.caller, ['admin', 'organisation'], 'createVolunteer');
    return createVolunteer(ctx.em, ctx.caller, input);
  }

  @Mutation(() => Volunteer, { description: 'Edits a profile: the volunteer, their organisation or an admin. `version` must be the one last read.' })
  async updateVolunteer(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => VolunteerInput) input: VolunteerInput,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.caller, ['admin', 'volunteer', 'organisation'], 'updateVolunteer');
    const volunteer = await ctx.em.findOne(Volunteer, { id });
    if (!volunteer || (await accessLevel(ctx, volunteer)) !== 'full') throw new NotFoundError('Volunteer', id);
    return updateVolunteer(ctx.em, id, version, input);
  }

  @Mutation(() => Consent)
  giveConsent(@Arg('purpose', () => String) purpose: string, @Arg('volunteerId', () => ID, { nullable: true }) volunteerId: string | null, @Ctx() ctx: Context) {
    return giveConsent(ctx.em, selfOrAdmin(ctx.caller, volunteerId, 'giveConsent'), purpose);
  }

  @Mutation(() => Consent)
  withdrawConsent(@Arg('consentId', () => ID) consentId: string, @Arg('volunteerId', () => ID, { nullable: true }) volunteerId: string | null, @Ctx() ctx: Context) {
    return withdrawConsent(ctx.em, selfOrAdmin(ctx.caller, volunteerId, 'withdrawConsent'), consentId);
  }

  @Mutation(() => Volunteer, { description: 'Erases the personal data (GDPR art. 17); anonymous hours stay so statistics do not change.' })
  requestErasure(@Arg('volunteerId', () => ID, { nullable: true }) volunteerId: string | null, @Ctx() ctx: Context) {
    return eraseVolunteer(ctx.em, selfOrAdmin(ctx.caller, volunteerId, 'requestErasure'));
  }

  @Mutation(() => Engagement, {
    description: 'The volunteer applies to an organisation (or an admin registers it). An engagement opens the volunteer\'s data to the organisation, so organisations cannot start one; they register new volunteers with createVolunteer.',
  })
  createEngagement(@Arg('organisationId', () => ID) organisationId: string, @Arg('volunteerId', () => ID, { nullable: true }) volunteerId: string | null, @Ctx() ctx: Context) {
    return createEngagement(ctx.em, selfOrAdmin(ctx.caller, volunteerId, 'createEngagement'), organisationId);
  }

  @Mutation(() => Engagement, { description: 'applicant → active | archived; active → inactive | archived; inactive → active | archived.' })
  async transitionEngagement(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => EngagementStatus) status: EngagementStatus,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    const engagement = await loadEngagement(ctx.em, id);
    requireCoordinatorOf(ctx.caller, { organisationId: engagement.organisationId }, 'transitionEngagement');
    return transitionEngagement(ctx.em, engagement, status, version);
  }
}
