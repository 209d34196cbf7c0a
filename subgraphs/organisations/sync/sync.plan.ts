import { randomUUID } from 'node:crypto';
import { OrganisationStatus, SyncMatch, SyncOutcomeKind } from '../enums.js';
import type { Organisation } from '../entities/organisation.entity.js';
import { changedFields, currentFields, PATCH_FIELDS, type FieldError, type OrganisationPatch } from '../rules/organisation-fields.js';
import type { SyncState } from './sync.load.js';
import type { SyncRecord } from './sync.types.js';
import { duplicateKeys, recordProblems } from './sync.validate.js';

/** What to do with one record; `patch` has its parent resolved to an id. */
export interface PlannedRecord {
  index: number;
  externalId: string;
  outcome: SyncOutcomeKind;
  organisationId: string | null;
  matchedBy: SyncMatch | null;
  changedFields: string[];
  errors: FieldError[];
  patch: OrganisationPatch;
  target: Organisation | null;
  /** The key is new: a sync_link row is written. */
  newLink: boolean;
}

/** An organisation as the plan knows it: loaded, or to be created earlier in the batch. */
type Known = Pick<Organisation, 'id' | 'name' | 'parentId' | 'orgNumber'>;

/**
 * Decides every record's outcome against `state` without writing: the same
 * function serves a dry run and, under the write lock, a real sync. `owner` is
 * the organisation whose source this is (null for an admin's sync): its records
 * may only be, or become, that organisation's chapters.
 */
export function planSync(records: SyncRecord[], state: SyncState, owner: string | null): PlannedRecord[] {
  const duplicates = duplicateKeys(records);
  const byId = new Map<string, Known>(state.byId);
  const byOrgNumber = new Map<string, Known>(state.byOrgNumber);
  const claimed = new Map<string, number>();

  return records.map((record, index) => {
    const at = (field: string) => `records[${index}].${field}`;
    const { externalId, parentOrgNumber: _parentOrgNumber, ...fields } = record;
    const plan: PlannedRecord = {
      index,
      externalId,
      outcome: SyncOutcomeKind.REJECTED,
      organisationId: null,
      matchedBy: null,
      changedFields: [],
      errors: recordProblems(record, index),
      patch: { ...fields },
      target: null,
      newLink: false,
    };
    const reject = (field: string, message: string) => {
      plan.errors.push({ field: at(field), message });
      return plan;
    };
    if (duplicates.has(index)) plan.errors.push(duplicates.get(index)!);
    if (plan.errors.length) return plan;

    const linked = state.links.get(externalId);
    const match: Known | undefined = linked ? byId.get(linked) : record.orgNumber ? byOrgNumber.get(record.orgNumber) : undefined;
    const target = match ? (state.byId.get(match.id) ?? null) : null;
    if (match && !target) return reject('orgNumber', `matches an organisation created by records[${claimed.get(match.id)}] of this batch`);
    plan.matchedBy = linked ? SyncMatch.EXTERNAL_ID : target ? SyncMatch.ORG_NUMBER : null;
    const matchField = plan.matchedBy === SyncMatch.ORG_NUMBER ? 'orgNumber' : 'externalId';
    if (target && claimed.has(target.id)) return reject(matchField, `matches the same organisation as records[${claimed.get(target.id)}]`);
    if (target && owner && target.parentId !== owner)
      return reject(matchField, `matches "${target.name}", which is not a chapter of the source's organisation`);

    if (record.parentOrgNumber) {
      const parent = byOrgNumber.get(record.parentOrgNumber);
      if (!parent)
        return reject(
          'parentOrgNumber',
          `no organisation has orgNumber ${record.parentOrgNumber} in the catalogue or earlier in the batch`,
        );
      plan.patch.parentId = parent.id;
    } else if (record.parentId && !byId.has(record.parentId)) {
      return reject('parentId', `no organisation has id ${record.parentId}`);
    }
    if (owner && !target && plan.patch.parentId === undefined) plan.patch.parentId = owner;
    if (owner && plan.patch.parentId !== undefined && plan.patch.parentId !== owner) {
      return reject(record.parentOrgNumber ? 'parentOrgNumber' : 'parentId', "a partner's source may only hold its own chapters");
    }
    if (target && plan.patch.parentId === target.id) return reject('parentId', 'an organisation cannot be its own parent');
    const holder = record.orgNumber ? byOrgNumber.get(record.orgNumber) : undefined;
    if (holder && holder.id !== target?.id)
      return reject('orgNumber', `${record.orgNumber} is already registered to "${holder.name}" (${holder.id})`);

    if (target) {
      plan.target = target;
      plan.organisationId = target.id;
      plan.newLink = !linked;
      plan.changedFields = changedFields(currentFields(target, state.served.get(target.id) ?? []), plan.patch);
      plan.outcome = plan.changedFields.length ? SyncOutcomeKind.UPDATED : SyncOutcomeKind.UNCHANGED;
      if (plan.patch.orgNumber !== undefined && target.orgNumber !== plan.patch.orgNumber) {
        if (target.orgNumber) byOrgNumber.delete(target.orgNumber);
        if (plan.patch.orgNumber) byOrgNumber.set(plan.patch.orgNumber, target);
      }
    } else {
      if (!fields.name) reject('name', 'is required to create an organisation');
      if (!fields.kind) reject('kind', 'is required to create an organisation');
      if (plan.errors.length) return plan;
      const known: Known = {
        id: randomUUID(),
        name: fields.name!,
        parentId: plan.patch.parentId ?? null,
        orgNumber: fields.orgNumber ?? null,
      };
      byId.set(known.id, known);
      if (known.orgNumber) byOrgNumber.set(known.orgNumber, known);
      plan.organisationId = known.id;
      plan.newLink = true;
      plan.outcome = SyncOutcomeKind.CREATED;
      plan.changedFields = PATCH_FIELDS.filter((f) => plan.patch[f] != null);
      plan.patch.status ??= OrganisationStatus.ACTIVE;
    }
    claimed.set(plan.organisationId!, index);
    return plan;
  });
}
