import type { EntityManager } from '@mikro-orm/knex';
import { OptimisticLockError } from '@mikro-orm/core';
import { ConflictError } from '../common/errors.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { Commitment } from './entities/commitment.entity.js';
import { Contact } from './entities/contact.entity.js';
import { AgreementDocument } from './entities/document.entity.js';
import { Funding } from './entities/funding.entity.js';
import { Requirement } from './entities/requirement.entity.js';
import type { AgreementState } from './state.js';

/** The agreement row's own columns from a state. */
export function assignScalars(a: Agreement, s: AgreementState): void {
  Object.assign(a, {
    title: s.title, description: s.description, municipalityCode: s.municipalityCode, type: s.type, formal: s.formal, initiatedBy: s.initiatedBy,
    activities: s.activities, targetGroups: s.targetGroups, startDate: s.startDate, endDate: s.endDate, isPublic: s.isPublic,
    procurementReference: s.procurementReference,
  });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces the child rows whose list changed (all of them for a new agreement).
 * Runs after the agreement row is flushed: the child tables reference it.
 */
export async function writeChildren(tx: EntityManager, agreementId: string, s: AgreementState, before: AgreementState | null): Promise<void> {
  const where = { agreementId };
  const changed = (field: keyof AgreementState) => !before || !same(before[field], s[field]);
  if (changed('organisationIds')) {
    await tx.nativeDelete(AgreementParty, where);
    for (const organisationId of s.organisationIds) tx.create(AgreementParty, { agreementId, organisationId });
  }
  if (changed('commitments')) {
    await tx.nativeDelete(Commitment, where);
    for (const c of s.commitments) tx.create(Commitment, { ...c, agreementId });
  }
  if (changed('requirements')) {
    await tx.nativeDelete(Requirement, where);
    for (const r of s.requirements) tx.create(Requirement, { ...r, agreementId });
  }
  if (changed('funding')) {
    await tx.nativeDelete(Funding, where);
    for (const f of s.funding) tx.create(Funding, { ...f, agreementId });
  }
  if (changed('contacts')) {
    await tx.nativeDelete(Contact, where);
    for (const c of s.contacts) tx.create(Contact, { ...c, agreementId });
  }
  if (changed('documents')) {
    await tx.nativeDelete(AgreementDocument, where);
    for (const d of s.documents) tx.create(AgreementDocument, { ...d, agreementId });
  }
}

/** The agreement as it is now, refusing a stale `version` with CONFLICT. */
export async function lockedAgreement(tx: EntityManager, id: string, version: number): Promise<Agreement> {
  const a = await tx.findOneOrFail(Agreement, { id });
  if (a.version !== version) throw new ConflictError('Agreement', id, version, a.version);
  return a;
}

/** Runs a write; a concurrent change caught by the version column becomes CONFLICT. */
export async function inTransaction<T>(em: EntityManager, id: string | null, version: number, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    // A fresh fork: entities the request read before are not flushed with the write.
    return await em.fork().transactional(work);
  } catch (error) {
    if (error instanceof OptimisticLockError && id) {
      const now = await em.fork().findOne(Agreement, { id });
      throw new ConflictError('Agreement', id, version, now?.version ?? version);
    }
    throw error;
  }
}
