import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../common/access.js';
import type { Context } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { requireCoordinatorOf, selfOrAdmin, type VolunteerAccess } from '../access.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus } from '../enums.js';
import type { VolunteersDeps } from '../index.js';
import { CreateVolunteerInput, VolunteerInput } from '../inputs/volunteer.input.js';
import { createEngagement, loadEngagement, transitionEngagement } from '../services/engagement.service.js';
import { createVolunteer, eraseVolunteer, giveConsent, updateVolunteer, withdrawConsent } from '../services/volunteer.service.js';

@Resolver()
export class VolunteerMutationResolver {
  private readonly access: VolunteerAccess;
  constructor(deps: VolunteersDeps) {
    this.access = deps.access;
  }

  @Mutation(() => Volunteer, { description: 'Registers a volunteer (admins; an organisation registers its own applicants).' })
  createVolunteer(
    @Arg('input', () => CreateVolunteerInput, { description: "The new volunteer's profile." }) input: CreateVolunteerInput,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.caller, ['admin', 'organisation'], 'createVolunteer');
    return createVolunteer(ctx, input);
  }

  @Mutation(() => Volunteer, {
    description: 'Edits a profile: the volunteer, their organisation or an admin. `version` must be the one last read.',
  })
  async updateVolunteer(
    @Arg('id', () => ID, { description: 'The volunteer to change.' }) id: string,
    @Arg('version', () => Int, { description: "The volunteer's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Arg('input', () => VolunteerInput, { description: 'The fields to change; fields left out stay as they are.' }) input: VolunteerInput,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.caller, ['admin', 'volunteer', 'organisation'], 'updateVolunteer');
    const volunteer = await ctx.em.findOne(Volunteer, { id });
    if (!volunteer || (await this.access.level(ctx, volunteer)) !== 'full') throw new NotFoundError('Volunteer', id);
    return updateVolunteer(ctx, id, version, input);
  }

  @Mutation(() => Consent, {
    description: "Records the volunteer's consent for a purpose (GDPR art. 7): the volunteer, or an admin for them.",
  })
  giveConsent(
    @Arg('purpose', () => String, { description: 'What the consent is for.' }) purpose: string,
    @Arg('volunteerId', () => ID, {
      nullable: true,
      description: 'Admins only: the volunteer consenting (a volunteer consents for themselves).',
    })
    volunteerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return giveConsent(ctx, selfOrAdmin(ctx.caller, volunteerId, 'giveConsent'), purpose);
  }

  @Mutation(() => Consent, { description: 'Withdraws a consent; as easy as giving it (GDPR art. 7(3)).' })
  withdrawConsent(
    @Arg('consentId', () => ID, { description: 'The consent to withdraw.' }) consentId: string,
    @Arg('volunteerId', () => ID, {
      nullable: true,
      description: 'Admins only: the volunteer whose consent it is (a volunteer withdraws their own).',
    })
    volunteerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return withdrawConsent(ctx, selfOrAdmin(ctx.caller, volunteerId, 'withdrawConsent'), consentId);
  }

  @Mutation(() => Volunteer, { description: 'Erases the personal data (GDPR art. 17); anonymous hours stay so statistics do not change.' })
  requestErasure(
    @Arg('volunteerId', () => ID, { nullable: true, description: 'Admins only: the volunteer to erase (a volunteer erases themselves).' })
    volunteerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return eraseVolunteer(ctx, selfOrAdmin(ctx.caller, volunteerId, 'requestErasure'));
  }

  @Mutation(() => Engagement, {
    description:
      "The volunteer applies to an organisation (or an admin registers it). An engagement opens the volunteer's data to the organisation, so organisations cannot start one; they register new volunteers with createVolunteer.",
  })
  createEngagement(
    @Arg('organisationId', () => ID, { description: 'The organisation the volunteer applies to.' }) organisationId: string,
    @Arg('volunteerId', () => ID, { nullable: true, description: 'Admins only: the volunteer (a volunteer applies for themselves).' })
    volunteerId: string | null,
    @Ctx() ctx: Context,
  ) {
    return createEngagement(ctx, selfOrAdmin(ctx.caller, volunteerId, 'createEngagement'), organisationId);
  }

  @Mutation(() => Engagement, { description: 'applicant → active | archived; active → inactive | archived; inactive → active | archived.' })
  async transitionEngagement(
    @Arg('id', () => ID, { description: 'The engagement whose status changes.' }) id: string,
    @Arg('status', () => EngagementStatus, { description: 'The new status.' }) status: EngagementStatus,
    @Arg('version', () => Int, { description: "The engagement's version as last read; a different current version fails with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const engagement = await loadEngagement(ctx, id);
    requireCoordinatorOf(ctx.caller, { organisationId: engagement.organisationId }, 'transitionEngagement');
    return transitionEngagement(ctx, engagement, status, version);
  }
}
