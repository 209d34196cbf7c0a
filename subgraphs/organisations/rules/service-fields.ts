import {
  EMAIL_TEXT,
  FREE_TEXT,
  LINE,
  activityProblem,
  check,
  emailProblem,
  optionalTextProblem,
  targetGroupProblem,
  textProblem,
} from '../../common/validators.js';
import type { ServiceStatus } from '../enums.js';
import { urlProblem } from '../../common/validators.js';

/**
 * The writable fields of a service (the inputs implement this). Left undefined stays as
 * it is; null clears. Activities, target groups and municipalities are rows of their own.
 */
export interface ServicePatch {
  name?: string;
  description?: string | null;
  activities?: string[] | null;
  targetGroups?: string[] | null;
  municipalityCodes?: string[] | null;
  locationDescription?: string | null;
  eligibility?: string | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  status?: ServiceStatus;
}

/** The fields stored on the service row itself. */
export const SERVICE_COLUMNS = [
  'name',
  'description',
  'locationDescription',
  'eligibility',
  'email',
  'phone',
  'website',
  'status',
] as const satisfies readonly (keyof ServicePatch)[];
/** The fields stored as rows of their own (service_term, service_municipality). */
type ServiceRowField = 'activities' | 'targetGroups' | 'municipalityCodes';
/** A field added to ServicePatch but to neither list fails to compile here. */
const _everyFieldListed: [Exclude<keyof ServicePatch, (typeof SERVICE_COLUMNS)[number] | ServiceRowField>] extends [never] ? true : never =
  true;

/** Throws BAD_USER_INPUT for the first rule the patch breaks, naming the field (`input.activities[1]`). */
export function checkServicePatch(patch: ServicePatch): void {
  if (patch.name !== undefined) check('input.name', textProblem(patch.name?.trim() ?? '', LINE));
  check('input.description', optionalTextProblem(patch.description, FREE_TEXT));
  check('input.locationDescription', optionalTextProblem(patch.locationDescription, LINE));
  check('input.eligibility', optionalTextProblem(patch.eligibility, FREE_TEXT));
  check('input.email', optionalTextProblem(patch.email, EMAIL_TEXT));
  check('input.phone', optionalTextProblem(patch.phone, LINE));
  check('input.website', optionalTextProblem(patch.website, LINE));
  patch.activities?.forEach((code, i) => check(`input.activities[${i}]`, activityProblem(code)));
  patch.targetGroups?.forEach((code, i) => check(`input.targetGroups[${i}]`, targetGroupProblem(code)));
  if (patch.email) check('input.email', emailProblem(patch.email));
  if (patch.website) check('input.website', urlProblem(patch.website));
}
