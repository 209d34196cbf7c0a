import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../common/auth.js';
import { AuditEntry, type FieldChange } from './entities/audit-entry.entity.js';
import type { AuditAction } from './enums.js';
import type { AgreementState } from './state.js';

const key = (value: unknown) => JSON.stringify(value);
const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

/** Lists in a fixed order, so that sending the same rows in another order is not a change. */
function canonical(state: AgreementState): Record<string, unknown> {
  return {
    ...state,
    organisationIds: [...state.organisationIds].sort(),
    activities: [...state.activities].sort(),
    targetGroups: [...state.targetGroups].sort(),
    commitments: sorted(state.commitments),
    requirements: sorted(state.requirements),
    funding: sorted(state.funding),
    contacts: sorted(state.contacts),
    documents: sorted(state.documents),
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

/** The changes between two states of an agreement. */
export const stateDiff = (before: AgreementState | null, after: AgreementState) => diff(before && canonical(before), canonical(after));

/** Who did it, as the trail records it: the token subject, else the role. */
export const actorOf = (caller: Caller) => caller.subject ?? caller.role;

/** Adds an entry to the trail in the caller's transaction (flushed with the change it records). */
export function recordAudit(tx: EntityManager, agreementId: string, actor: { name: string; role: string }, action: AuditAction, changes: FieldChange[]) {
  tx.create(AuditEntry, { agreementId, actor: actor.name, actorRole: actor.role, action, changes, at: new Date() });
}
