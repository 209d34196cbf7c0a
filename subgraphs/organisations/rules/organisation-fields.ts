import { orgNumberProblem } from '../../common/orgnumber.js';
import {
  EMAIL_TEXT,
  FREE_TEXT,
  LINE,
  emailProblem,
  municipalityCodeProblem,
  optionalTextProblem,
  textProblem,
} from '../../common/validators.js';
import type { Organisation } from '../entities/organisation.entity.js';
import { OrganisationGrouping, OrganisationKind, OrganisationStatus } from '../enums.js';
import { urlProblem } from '../../common/validators.js';

export interface AddressFields {
  street?: string | null;
  postalCode?: string | null;
  postalPlace?: string | null;
  municipalityCode?: string | null;
}

/**
 * The writable fields of an organisation, as mutations and registry syncs give them
 * (the inputs implement this). A field left undefined is left as it is; null clears it.
 */
export interface OrganisationPatch {
  name?: string;
  orgNumber?: string | null;
  kind?: OrganisationKind;
  grouping?: OrganisationGrouping | null;
  description?: string | null;
  icnpoCategories?: string[] | null;
  parentId?: string | null;
  municipalityCodes?: string[] | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  address?: AddressFields | null;
  registeredInFrivillighetsregisteret?: boolean | null;
  status?: OrganisationStatus;
}

/** The one list of an organisation's writable fields, in the order change lists name them. */
export const PATCH_FIELDS = [
  'name',
  'orgNumber',
  'kind',
  'grouping',
  'description',
  'icnpoCategories',
  'parentId',
  'municipalityCodes',
  'email',
  'phone',
  'website',
  'address',
  'registeredInFrivillighetsregisteret',
  'status',
] as const satisfies readonly (keyof OrganisationPatch)[];
/** A field added to OrganisationPatch but not to PATCH_FIELDS fails to compile here. */
const _everyFieldListed: [Exclude<keyof OrganisationPatch, (typeof PATCH_FIELDS)[number]>] extends [never] ? true : never = true;

export interface FieldError {
  field: string;
  message: string;
}

/** ICNPO as Frivillighetsregisteret writes it: a group ("4") or a group and subgroup ("4 100"). */
const ICNPO = /^\d{1,2}( \d{3})?$/;

/** Every rule a patch breaks that needs no database, with fields named under `prefix` ("input", "records[3]"). */
export function patchProblems(patch: OrganisationPatch, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field: `${prefix}.${field}`, message });
  const failIf = (field: string, problem: string | null) => problem && fail(field, problem);
  if (patch.name !== undefined) failIf('name', textProblem(patch.name?.trim() ?? '', LINE));
  failIf('description', optionalTextProblem(patch.description, FREE_TEXT));
  failIf('email', optionalTextProblem(patch.email, EMAIL_TEXT));
  failIf('phone', optionalTextProblem(patch.phone, LINE));
  failIf('website', optionalTextProblem(patch.website, LINE));
  for (const part of ['street', 'postalCode', 'postalPlace'] as const)
    failIf(`address.${part}`, optionalTextProblem(patch.address?.[part], LINE));
  if (patch.orgNumber) {
    const problem = orgNumberProblem(patch.orgNumber);
    if (problem) fail('orgNumber', `"${patch.orgNumber}" ${problem}`);
  }
  if (patch.kind !== undefined && !Object.values(OrganisationKind).includes(patch.kind))
    fail('kind', `"${patch.kind}" is not an organisation kind`);
  if (patch.grouping && !Object.values(OrganisationGrouping).includes(patch.grouping))
    fail('grouping', `"${patch.grouping}" is not a grouping`);
  if (patch.status !== undefined && !Object.values(OrganisationStatus).includes(patch.status))
    fail('status', `"${patch.status}" is not a status`);
  patch.icnpoCategories?.forEach(
    (c, i) => ICNPO.test(c) || fail(`icnpoCategories[${i}]`, `"${c}" is not an ICNPO category such as "4" or "4 100"`),
  );
  patch.municipalityCodes?.forEach((code, i) => failIf(`municipalityCodes[${i}]`, municipalityCodeProblem(code)));
  const addressCode = patch.address?.municipalityCode;
  if (addressCode) failIf('address.municipalityCode', municipalityCodeProblem(addressCode));
  if (patch.email && !errors.some((e) => e.field === `${prefix}.email`)) failIf('email', emailProblem(patch.email));
  if (patch.website && !errors.some((e) => e.field === `${prefix}.website`)) failIf('website', urlProblem(patch.website));
  return errors;
}

/** The organisation's current values, in patch shape, for comparison. */
export function currentFields(o: Organisation, servedCodes: string[]): Required<OrganisationPatch> {
  return {
    name: o.name,
    orgNumber: o.orgNumber,
    kind: o.kind,
    grouping: o.grouping,
    description: o.description,
    icnpoCategories: o.icnpoCategories,
    parentId: o.parentId,
    municipalityCodes: servedCodes,
    email: o.email,
    phone: o.phone,
    website: o.website,
    address: {
      street: o.addressStreet,
      postalCode: o.addressPostalCode,
      postalPlace: o.addressPostalPlace,
      municipalityCode: o.addressMunicipalityCode,
    },
    registeredInFrivillighetsregisteret: o.registeredInFrivillighetsregisteret,
    status: o.status,
  };
}

/** A field's value as stored, so that `null`, `[]` and an absent address compare alike. */
function normalised(field: keyof OrganisationPatch, value: unknown): unknown {
  switch (field) {
    case 'name':
      return (value as string).trim();
    case 'icnpoCategories':
      return [...((value as string[] | null) ?? [])];
    case 'municipalityCodes':
      return [...new Set((value as string[] | null) ?? [])].sort();
    case 'address': {
      const a = (value as AddressFields | null) ?? {};
      return [a.street ?? null, a.postalCode ?? null, a.postalPlace ?? null, a.municipalityCode ?? null];
    }
    case 'registeredInFrivillighetsregisteret':
      return value ?? false;
    default:
      return value ?? null;
  }
}

/** The fields the patch would change, in PATCH_FIELDS order. */
export function changedFields(current: Required<OrganisationPatch>, patch: OrganisationPatch): string[] {
  return PATCH_FIELDS.filter(
    (field) =>
      patch[field] !== undefined && JSON.stringify(normalised(field, patch[field])) !== JSON.stringify(normalised(field, current[field])),
  );
}

/** Writes the patch's fields onto the entity (served municipalities are rows of their own; see services/organisation.service.ts). */
export function assignPatch(o: Organisation, patch: OrganisationPatch): void {
  for (const field of PATCH_FIELDS) {
    if (patch[field] === undefined || field === 'municipalityCodes') continue;
    const value = normalised(field, patch[field]);
    if (field === 'address') {
      [o.addressStreet, o.addressPostalCode, o.addressPostalPlace, o.addressMunicipalityCode] = value as (string | null)[];
    } else {
      Object.assign(o, { [field]: value });
    }
  }
}

export const normalisedCodes = (codes: string[] | null | undefined) => normalised('municipalityCodes', codes) as string[];
