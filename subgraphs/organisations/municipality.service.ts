import type { EntityManager } from '@mikro-orm/knex';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Caller } from '../common/auth.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors.js';
import { requireMunicipality } from './access.js';
import { Municipality } from './entities/municipality.entity.js';
import type { VolunteerPolicyInput } from './municipality.input.js';

const FIELDS = ['hasVolunteerPolicy', 'volunteerPolicyAdoptedOn', 'volunteerPolicyUrl', 'coordinatorName', 'coordinatorEmail', 'coordinatorPhone'] as const;

function validate(input: VolunteerPolicyInput) {
  if (input.volunteerPolicyUrl && !/^https?:\/\/\S+$/.test(input.volunteerPolicyUrl)) {
    throw new BadUserInputError('input.volunteerPolicyUrl', 'must be an http(s) URL');
  }
  if (input.coordinatorEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.coordinatorEmail)) {
    throw new BadUserInputError('input.coordinatorEmail', `"${input.coordinatorEmail}" is not an e-mail address`);
  }
  if (input.hasVolunteerPolicy === false && input.volunteerPolicyAdoptedOn) {
    throw new BadUserInputError('input.volunteerPolicyAdoptedOn', 'a municipality without a volunteer policy has no adoption date');
  }
}

/** A municipality updates its own volunteer policy and coordinator (admins any), if `version` is current. */
export async function updateVolunteerPolicy(em: EntityManager, caller: Caller, code: string, version: number, input: VolunteerPolicyInput) {
  requireMunicipality(caller, code, 'updateVolunteerPolicy');
  validate(input);
  const municipality = await em.findOne(Municipality, { code });
  if (!municipality) throw new NotFoundError('Municipality', code);
  if (municipality.version !== version) throw new ConflictError('Municipality', code, version, municipality.version);
  for (const field of FIELDS) {
    if (input[field] !== undefined) (municipality as unknown as Record<string, unknown>)[field] = input[field];
  }
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new ConflictError('Municipality', code, version, (await em.fork().findOneOrFail(Municipality, { code })).version);
    throw error;
  }
  return municipality;
}
