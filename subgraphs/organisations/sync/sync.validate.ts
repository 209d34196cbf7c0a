import { orgNumberProblem } from '../../common/orgnumber.js';
import { LINE, textProblem } from '../../common/validators.js';
import { patchProblems, type FieldError } from '../rules/organisation-fields.js';
import type { SyncRecord } from './sync.types.js';

/** Source names: lower-case letters, digits and - _ . (they appear in cursors, logs and URLs). */
const SOURCE_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export function sourceNameProblem(source: string): string | null {
  return SOURCE_PATTERN.test(source) ? null : `"${source}" must be 1-63 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit`;
}

/** What a record breaks without looking at the database, fields named `records[i].…`. */
export function recordProblems(record: SyncRecord, index: number): FieldError[] {
  const prefix = `records[${index}]`;
  const errors = patchProblems(record, prefix);
  const externalId = textProblem(record.externalId?.trim() ?? '', LINE);
  if (externalId) errors.push({ field: `${prefix}.externalId`, message: externalId });
  if (record.parentOrgNumber) {
    const problem = orgNumberProblem(record.parentOrgNumber);
    if (problem) errors.push({ field: `${prefix}.parentOrgNumber`, message: `"${record.parentOrgNumber}" ${problem}` });
    if (record.parentId) errors.push({ field: `${prefix}.parentOrgNumber`, message: 'give parentId or parentOrgNumber, not both' });
  }
  return errors;
}

/** Errors for every record whose externalId an earlier record of the batch already used. */
export function duplicateKeys(records: SyncRecord[]): Map<number, FieldError> {
  const first = new Map<string, number>();
  const duplicates = new Map<number, FieldError>();
  records.forEach((record, i) => {
    const seen = first.get(record.externalId);
    if (seen === undefined) first.set(record.externalId, i);
    else
      duplicates.set(i, {
        field: `records[${i}].externalId`,
        message: `"${record.externalId}" appears more than once in the batch (first at records[${seen}])`,
      });
  });
  return duplicates;
}
