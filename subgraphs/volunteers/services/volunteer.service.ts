import type { Context } from '../../common/context.js';
import { ForbiddenError, NotFoundError } from '../../common/errors.js';
import { lockRow, versionedWrite } from '../../common/versioned-write.js';
import { ComplianceRecord } from '../entities/compliance-record.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { PROFILE_LISTS, PROFILE_VALUES, Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus } from '../enums.js';
import type { CreateVolunteerInput, VolunteerInput } from '../inputs/volunteer.input.js';
import { checkProfile, requireText } from '../rules/validation.js';

/** Copies what the input carries onto the profile: a value left out stays; null clears a value (never the name) and leaves a list. */
function applyProfile(v: Volunteer, input: VolunteerInput) {
  for (const field of PROFILE_VALUES) {
    const value = input[field];
    if (value === undefined || (field === 'name' && value === null)) continue;
    Object.assign(v, { [field]: typeof value === 'string' && field === 'name' ? value.trim() : value });
  }
  for (const field of PROFILE_LISTS) {
    const list = input[field];
    if (list != null) Object.assign(v, { [field]: [...new Set(list)] });
  }
}

/** Registers a volunteer; an organisation registers an applicant of its own. */
export async function createVolunteer(ctx: Context, input: CreateVolunteerInput): Promise<Volunteer> {
  const { caller } = ctx;
  if (caller.role === 'organisation' && input.organisationId && input.organisationId !== caller.organisationId) {
    throw new ForbiddenError('an organisation registers volunteers for itself only (input.organisationId)');
  }
  const organisationId = caller.role === 'organisation' ? caller.organisationId : (input.organisationId ?? null);
  checkProfile(input, true, ctx.clock.year());
  return ctx.em.transactional(async (tx) => {
    const volunteer = tx.create(Volunteer, {});
    applyProfile(volunteer, input);
    await tx.flush();
    if (organisationId)
      tx.create(Engagement, {
        volunteerId: volunteer.id,
        organisationId,
        status: EngagementStatus.APPLICANT,
        appliedOn: ctx.clock.today(),
      });
    await tx.flush();
    return volunteer;
  });
}

/** A volunteer who is there and not erased, or NOT_FOUND. */
export async function loadVolunteer(ctx: Context, id: string): Promise<Volunteer> {
  const volunteer = await ctx.em.findOne(Volunteer, { id, erasedAt: null });
  if (!volunteer) throw new NotFoundError('Volunteer', id);
  return volunteer;
}

/** Edits a profile with the version the caller read; a stale version or a lost race is CONFLICT. */
export async function updateVolunteer(ctx: Context, id: string, version: number, input: VolunteerInput): Promise<Volunteer> {
  checkProfile(input, false, ctx.clock.year());
  return versionedWrite(ctx.em, { entity: Volunteer, label: 'Volunteer', id, version }, (volunteer) => {
    if (volunteer.erasedAt) throw new NotFoundError('Volunteer', id);
    applyProfile(volunteer, input);
  });
}

export async function giveConsent(ctx: Context, volunteerId: string, purpose: string): Promise<Consent> {
  const text = requireText('purpose', purpose);
  await loadVolunteer(ctx, volunteerId);
  // One open consent per purpose: the volunteer's row is locked while it is looked for and given.
  return ctx.em.transactional(async (tx) => {
    if (!(await lockRow(tx, Volunteer, { id: volunteerId, erasedAt: null }))) throw new NotFoundError('Volunteer', volunteerId);
    const open = await tx.findOne(Consent, { volunteerId, purpose: text, withdrawnAt: null });
    if (open) return open;
    const consent = tx.create(Consent, { volunteerId, purpose: text, givenAt: ctx.clock.now() });
    await tx.flush();
    return consent;
  });
}

export async function withdrawConsent(ctx: Context, volunteerId: string, consentId: string): Promise<Consent> {
  const consent = await ctx.em.findOne(Consent, { id: consentId, volunteerId });
  if (!consent) throw new NotFoundError('Consent', consentId);
  consent.withdrawnAt ??= ctx.clock.now();
  await ctx.em.flush();
  return consent;
}

/**
 * Erasure (GDPR art. 17): personal fields, consents, compliance and interests
 * go; engagements, assignments and hours stay, tied to an id that no longer
 * names anyone, so statistics do not change.
 */
export async function eraseVolunteer(ctx: Context, id: string): Promise<Volunteer> {
  const { version } = await loadVolunteer(ctx, id);
  return versionedWrite(ctx.em, { entity: Volunteer, label: 'Volunteer', id, version }, async (volunteer, tx) => {
    if (volunteer.erasedAt) throw new NotFoundError('Volunteer', id);
    await tx.nativeDelete(Consent, { volunteerId: id });
    await tx.nativeDelete(ComplianceRecord, { volunteerId: id });
    await tx.nativeDelete(Interest, { volunteerId: id });
    for (const field of PROFILE_VALUES) Object.assign(volunteer, { [field]: null });
    for (const field of PROFILE_LISTS) Object.assign(volunteer, { [field]: [] });
    volunteer.erasedAt = ctx.clock.now();
  });
}
