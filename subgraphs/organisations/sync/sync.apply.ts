import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { ChangeKind, OrganisationStatus, SyncOutcomeKind } from '../enums.js';
import { OrganisationChange } from '../entities/organisation-change.entity.js';
import { OrganisationMunicipality } from '../entities/organisation-municipality.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { SyncLink } from '../entities/sync-link.entity.js';
import { normalisedCodes } from '../rules/organisation-fields.js';
import { changeRow } from '../services/change-feed.service.js';
import { insertChunked, newOrganisation, patchOrganisation } from '../services/organisation.service.js';
import type { PlannedRecord } from './sync.plan.js';

/**
 * Writes the planned creations and updates of `source`; inside `withWriteLock`, with
 * the loaded organisations managed by `tx`. Creations, links, served municipalities
 * and feed rows go in as multi-row INSERTs (the unit of work's per-entity change
 * tracking costs several times the insert itself); updates go through the unit of
 * work for its version check. Rejected and unchanged records write nothing.
 */
export async function applySync(tx: EntityManager, source: string, plans: PlannedRecord[], clock: Clock): Promise<void> {
  const now = clock.now();
  const writes = plans.filter((p) => p.outcome === SyncOutcomeKind.CREATED || p.outcome === SyncOutcomeKind.UPDATED);
  const statusBefore = writes.map((p) => p.target?.status);
  const entities = writes.map((p) => {
    if (!p.target) return Object.assign(newOrganisation(tx, p.patch, clock, p.organisationId ?? undefined, false), { version: 1 });
    patchOrganisation(p.target, p.patch, now);
    return p.target;
  });
  // In batch order, so a parent created earlier in the batch is inserted before its chapters.
  await insertChunked(
    tx,
    Organisation,
    entities.filter((_, i) => !writes[i].target),
  );
  await tx.flush();
  const moved = writes.flatMap((p) => (p.target && p.changedFields.includes('municipalityCodes') ? [p.target.id] : []));
  if (moved.length) await tx.nativeDelete(OrganisationMunicipality, { organisationId: { $in: moved } });
  const served = writes.flatMap((p, i) =>
    !p.target || p.changedFields.includes('municipalityCodes')
      ? normalisedCodes(p.patch.municipalityCodes).map((code) =>
          Object.assign(new OrganisationMunicipality(), { organisationId: entities[i].id, municipalityCode: code }),
        )
      : [],
  );
  await insertChunked(tx, OrganisationMunicipality, served);
  const changes = writes.map((p, i) => {
    const deactivated = statusBefore[i] === OrganisationStatus.ACTIVE && entities[i].status !== OrganisationStatus.ACTIVE;
    const kind = !p.target ? ChangeKind.CREATED : deactivated ? ChangeKind.DEACTIVATED : ChangeKind.UPDATED;
    return changeRow(entities[i], kind, p.changedFields, now, source);
  });
  // One statement per chunk keeps the feed's sequence numbers in batch order.
  await insertChunked(tx, OrganisationChange, changes);
  const links = plans.flatMap((p) =>
    p.newLink && p.outcome !== SyncOutcomeKind.REJECTED && p.organisationId
      ? [Object.assign(new SyncLink(), { source, externalId: p.externalId, organisationId: p.organisationId })]
      : [],
  );
  await insertChunked(tx, SyncLink, links);
}
