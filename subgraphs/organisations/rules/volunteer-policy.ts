import { EMAIL_TEXT, LINE, check, emailProblem, optionalTextProblem, urlProblem } from '../../common/validators.js';

/** What a municipality keeps up to date about itself (the input implements this). Left undefined stays as it is; null clears. */
export interface VolunteerPolicyPatch {
  hasVolunteerPolicy?: boolean;
  volunteerPolicyAdoptedOn?: string | null;
  volunteerPolicyUrl?: string | null;
  coordinatorName?: string | null;
  coordinatorEmail?: string | null;
  coordinatorPhone?: string | null;
}

/** The one list of the fields a municipality writes. */
export const VOLUNTEER_POLICY_FIELDS = [
  'hasVolunteerPolicy',
  'volunteerPolicyAdoptedOn',
  'volunteerPolicyUrl',
  'coordinatorName',
  'coordinatorEmail',
  'coordinatorPhone',
] as const satisfies readonly (keyof VolunteerPolicyPatch)[];
/** A field added to VolunteerPolicyPatch but not to the list fails to compile here. */
const _everyFieldListed: [Exclude<keyof VolunteerPolicyPatch, (typeof VOLUNTEER_POLICY_FIELDS)[number]>] extends [never] ? true : never =
  true;

/** Throws BAD_USER_INPUT for the first rule the patch breaks, naming the field. */
export function checkVolunteerPolicy(patch: VolunteerPolicyPatch): void {
  check('input.volunteerPolicyUrl', optionalTextProblem(patch.volunteerPolicyUrl, LINE));
  check('input.coordinatorName', optionalTextProblem(patch.coordinatorName, LINE));
  check('input.coordinatorEmail', optionalTextProblem(patch.coordinatorEmail, EMAIL_TEXT));
  check('input.coordinatorPhone', optionalTextProblem(patch.coordinatorPhone, LINE));
  if (patch.volunteerPolicyUrl) check('input.volunteerPolicyUrl', urlProblem(patch.volunteerPolicyUrl));
  if (patch.coordinatorEmail) check('input.coordinatorEmail', emailProblem(patch.coordinatorEmail));
  if (patch.hasVolunteerPolicy === false && patch.volunteerPolicyAdoptedOn) {
    check('input.volunteerPolicyAdoptedOn', 'a municipality without a volunteer policy has no adoption date');
  }
}
