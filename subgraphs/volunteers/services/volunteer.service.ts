import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../../common/auth.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { Compliance } from '../entities/compliance.entity.js';
import { Consent } from '../entities/consent.entity.js';
import { Engagement } from '../entities/engagement.entity.js';
import { Interest } from '../entities/interest.entity.js';
import { Volunteer } from '../entities/volunteer.entity.js';
import { EngagementStatus } from '../enums.js';
import type { CreateVolunteerInput, VolunteerInput } from '../inputs/volunteer.input.js';
import { checkActivity, checkBirthYear, checkEmail, requireText, today } from '../validate.js';

const LANGUAGE = /^[a-z]{2,3}$/;

/** Checks a profile before anything is written; `creating` needs a name. */
function validateProfile(input: VolunteerInput, creating: boolean) {
  if (creating || input.name !== undefined) requireText('input.name', input.name);
  checkEmail('input.email', input.email);
  checkBirthYear('input.birthYear', input.birthYear);
  for (const [i, code] of (input.languages ?? []).entries()) {
    if (!LANGUAGE.test(code)) throw new BadUserInputError(`input.languages[${i}]`, `"${code}" is not an ISO 639 language code`);
  }
  for (const [i, code] of (input.activities ?? []).entries()) checkActivity(`input.activities[${i}]`, code);
}

function applyProfile(v: Volunteer, input: VolunteerInput) {
  if (input.name !== undefined && input.name !== null) v.name = input.name.trim();
  if (input.email !== undefined) v.email = input.email ?? null;
  if (input.phone !== undefined) v.phone = input.phone ?? null;
  if (input.birthYear !== undefined) v.birthYear = input.birthYear ?? null;
  if (input.municipalityCode !== undefined) v.municipalityCode = input.municipalityCode ?? null;
  if (input.languages != null) v.languages = [...new Set(input.languages)];
  if (input.skills != null) v.skills = [...new Set(input.skills)];
  if (input.activities != null) v.activities = [...new Set(input.activities)];
  if (input.availability != null) v.availability = [...new Set(input.availability)];
}

/** Registers a volunteer; an organisation registers an applicant of its own. */
export async function createVolunteer(em: EntityManager, caller: Caller, input: CreateVolunteerInput): Promise<Volunteer> {
  const organisationId = caller.role === 'organisation' ? caller.organisationId! : (input.organisationId ?? null);
  if (caller.role === 'organisation' && input.organisationId && input.organisationId !== caller.organisationId) {
    throw new ForbiddenError('an organisation registers volunteers for itself only (input.organisationId)');
  }
  validateProfile(input, true);
  return em.transactional(async (tx) => {
    const volunteer = tx.create(Volunteer, { languages: [], skills: [], activities: [], availability: [] } as unknown as Volunteer);
    applyProfile(volunteer, input);
    await tx.flush();
    if (organisationId) tx.create(Engagement, { volunteerId: volunteer.id, organisationId, status: EngagementStatus.APPLICANT, appliedOn: today() } as Engagement);
    await tx.flush();
    return volunteer;
  });
}

/** Loads a volunteer for a write and checks the version the caller saw. */
export async function loadForWrite(em: EntityManager, id: string, version: number | null): Promise<Volunteer> {
  const volunteer = await em.findOne(Volunteer, { id, erasedAt: null });
  if (!volunteer) throw new NotFoundError('Volunteer', id);
  if (version != null && volunteer.version !== version) throw new ConflictError('Volunteer', id, version, volunteer.version);
  return volunteer;
}

export async function updateVolunteer(em: EntityManager, id: string, version: number, input: VolunteerInput): Promise<Volunteer> {
  validateProfile(input, false);
  const volunteer = await loadForWrite(em, id, version);
  applyProfile(volunteer, input);
  await em.flush();
  return volunteer;
}

export async function giveConsent(em: EntityManager, volunteerId: string, purpose: string): Promise<Consent> {
  const text = requireText('purpose', purpose);
  await loadForWrite(em, volunteerId, null);
  const open = await em.findOne(Consent, { volunteerId, purpose: text, withdrawnAt: null });
  if (open) return open;
  const consent = em.create(Consent, { volunteerId, purpose: text, givenAt: new Date() } as Consent);
  await em.flush();
  return consent;
}

export async function withdrawConsent(em: EntityManager, volunteerId: string, consentId: string): Promise<Consent> {
  const consent = await em.findOne(Consent, { id: consentId, volunteerId });
  if (!consent) throw new NotFoundError('Consent', consentId);
  consent.withdrawnAt ??= new Date();
  await em.flush();
  return consent;
}

/**
 * Erasure (GDPR art. 17): personal fields, consents, compliance and interests
 * go; engagements, assignments and hours stay, tied to an id that no longer
 * names anyone, so statistics do not change.
 */
export async function eraseVolunteer(em: EntityManager, id: string): Promise<Volunteer> {
  const volunteer = await loadForWrite(em, id, null);
  return em.transactional(async (tx) => {
    await tx.nativeDelete(Consent, { volunteerId: id });
    await tx.nativeDelete(Compliance, { volunteerId: id });
    await tx.nativeDelete(Interest, { volunteerId: id });
    const v = tx.merge(volunteer);
    Object.assign(v, { name: null, email: null, phone: null, birthYear: null, municipalityCode: null, languages: [], skills: [], activities: [], availability: [], erasedAt: new Date() });
    await tx.flush();
    return v;
  });
}
