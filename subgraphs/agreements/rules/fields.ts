import type { Agreement } from '../entities/agreement.entity.js';
import type { FieldChange } from '../entities/audit-entry.entity.js';
import type { Commitment } from '../entities/commitment.entity.js';
import type { Contact } from '../entities/contact.entity.js';
import type { AgreementDocument } from '../entities/document.entity.js';
import type { Funding } from '../entities/funding.entity.js';
import type { Requirement } from '../entities/requirement.entity.js';
import type { AgreementFieldsInput } from '../inputs/agreement.input.js';
import { AgreementType } from '../enums.js';

/*
 * The one list of what a caller sets on an agreement. Merging an input, validating,
 * diffing for the audit trail, loading and writing all go by these lists, so a new
 * field is added here (and to the entity, the input and the validation), nowhere else.
 */

/**
 * The agreement row's own columns a caller sets, with their value in a new agreement.
 * In an input, null clears a column whose new value is null and leaves the others as they are.
 */
const newColumns = () =>
  ({
    title: '',
    description: null,
    municipalityCode: '',
    type: AgreementType.COLLABORATION_AGREEMENT,
    formal: true,
    initiatedBy: null,
    activities: [],
    targetGroups: [],
    startDate: null,
    endDate: null,
    isPublic: true,
    procurementReference: null,
  }) satisfies Partial<Agreement>;

type Column = keyof ReturnType<typeof newColumns>;
const COLUMNS = Object.keys(newColumns()) as Column[];
const CLEARABLE = new Set(COLUMNS.filter((column) => newColumns()[column] === null));

/** The agreement's lists of rows, each in a table of its own, with the columns a caller sets on a row. */
export const PARTS = {
  commitments: ['side', 'kind', 'description', 'annualAmountNok', 'quantity', 'unit'],
  requirements: ['kind', 'description'],
  funding: ['year', 'awardedNok', 'disbursedNok', 'awardDate'],
  contacts: ['side', 'organisationId', 'name', 'role', 'email', 'phone'],
  documents: ['title', 'url'],
} as const;

export type Part = keyof typeof PARTS;
export const PART_NAMES = Object.keys(PARTS) as Part[];

/** The stored row of each part. */
interface PartRows {
  commitments: Commitment;
  requirements: Requirement;
  funding: Funding;
  contacts: Contact;
  documents: AgreementDocument;
}
type PartState<P extends Part> = Pick<PartRows[P], Extract<(typeof PARTS)[P][number], keyof PartRows[P]>>;

/** Everything a caller sets on an agreement, as one plain value: validated whole, diffed for the audit trail, written at once. */
export type AgreementState = Pick<Agreement, Column> & { organisationIds: string[] } & { [P in Part]: PartState<P>[] };

/** Strings trimmed, missing values null. */
const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : (value ?? null));

function rowOf<P extends Part>(part: P, given: object): PartState<P> {
  const source = given as Record<string, unknown>;
  return Object.fromEntries(PARTS[part].map((field) => [field, clean(source[field])])) as PartState<P>;
}

/** A new agreement before any input. */
export function emptyState(): AgreementState {
  return { ...newColumns(), organisationIds: [], commitments: [], requirements: [], funding: [], contacts: [], documents: [] };
}

/** `base` with every field the input gives replaced (a given list replaces the whole list). */
export function mergeState(base: AgreementState, input: AgreementFieldsInput & { municipalityCode?: string }): AgreementState {
  const next: AgreementState = { ...base };
  const given = input as Record<string, unknown>;
  for (const column of COLUMNS) {
    const value = given[column];
    if (value === undefined || (value === null && !CLEARABLE.has(column))) continue;
    (next as Record<Column, unknown>)[column] = clean(value);
  }
  // A new type brings its usual formality unless `formal` is given: informal cooperation is unwritten.
  if (input.type && input.formal == null) next.formal = input.type !== AgreementType.INFORMAL_COOPERATION;
  if (input.organisationIds) next.organisationIds = [...new Set(input.organisationIds)];
  for (const part of PART_NAMES) {
    const rows = given[part];
    if (Array.isArray(rows)) (next as Record<Part, unknown>)[part] = rows.map((row: object) => rowOf(part, row));
  }
  return next;
}

/** A stored agreement, its named organisations and its rows, as a state. */
export function stateOf(agreement: Pick<Agreement, Column>, organisationIds: string[], rows: { [P in Part]: object[] }): AgreementState {
  const columns = Object.fromEntries(COLUMNS.map((column) => [column, agreement[column]])) as Pick<Agreement, Column>;
  const parts = Object.fromEntries(PART_NAMES.map((part) => [part, rows[part].map((row) => rowOf(part, row))])) as {
    [P in Part]: PartState<P>[];
  };
  return { ...columns, organisationIds, ...parts };
}

/** The agreement row's own columns of a state. */
export const columnsOf = (state: AgreementState): Pick<Agreement, Column> =>
  Object.fromEntries(COLUMNS.map((column) => [column, state[column]])) as Pick<Agreement, Column>;

const key = (value: unknown) => JSON.stringify(value);
const sorted = (rows: readonly unknown[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

/** Lists in a fixed order, so that sending the same rows in another order is not a change. */
function canonical(state: AgreementState): Record<string, unknown> {
  const lists = Object.fromEntries(PART_NAMES.map((part) => [part, sorted(state[part])]));
  return {
    ...state,
    organisationIds: [...state.organisationIds].sort(),
    activities: [...state.activities].sort(),
    targetGroups: [...state.targetGroups].sort(),
    ...lists,
  };
}

/** The fields that differ between two values, old and new as JSON. `before` null means everything is new. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before ? before[field] : undefined;
    if (before && key(old) === key(value)) continue;
    changes.push({ field, oldValue: old === undefined ? null : key(old), newValue: key(value) });
  }
  return changes;
}

/** The changes between two states of an agreement, as the audit trail records them. */
export const stateDiff = (before: AgreementState | null, after: AgreementState) => diff(before && canonical(before), canonical(after));

/** The lists of rows that differ (all of them for a new agreement), so only those tables are rewritten. */
export const changedParts = (before: AgreementState | null, after: AgreementState): Part[] =>
  PART_NAMES.filter((part) => !before || key(sorted(before[part])) !== key(sorted(after[part])));
