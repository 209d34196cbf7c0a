import type { EntityManager } from '@mikro-orm/knex';
import type { Context } from '../../common/context.js';
import { NotFoundError } from '../../common/errors.js';
import { assertVersion, versionedWrite } from '../../common/versioned-write.js';
import { requireMunicipality } from '../access.js';
import { Municipality } from '../entities/municipality.entity.js';
import { checkCountyCode } from '../rules/catalogue-filter.js';
import { checkVolunteerPolicy, VOLUNTEER_POLICY_FIELDS, type VolunteerPolicyPatch } from '../rules/volunteer-policy.js';

/** All 357 municipalities, or those of one county, by code. */
export function listMunicipalities(em: EntityManager, countyCode: string | null): Promise<Municipality[]> {
  checkCountyCode(countyCode);
  return em.find(Municipality, countyCode ? { countyCode } : {}, { orderBy: { code: 'asc' } });
}

/** A municipality updates its own volunteer policy and coordinator (admins any), if `version` is current. */
export async function updateVolunteerPolicy(
  { em, caller }: Context,
  code: string,
  version: number,
  patch: VolunteerPolicyPatch,
): Promise<Municipality> {
  requireMunicipality(caller, code, 'updateVolunteerPolicy');
  checkVolunteerPolicy(patch);
  const municipality = await em.findOne(Municipality, { code });
  if (!municipality) throw new NotFoundError('Municipality', code);
  assertVersion('Municipality', code, version, municipality.version);
  return versionedWrite(em, { entity: Municipality, label: 'Municipality', id: code, version }, (row) => {
    for (const field of VOLUNTEER_POLICY_FIELDS) {
      if (patch[field] !== undefined) Object.assign(row, { [field]: patch[field] });
    }
  });
}
