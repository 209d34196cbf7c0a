import type { FilterQuery, ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { requireRole } from '../common/access.js';
import type { Caller } from '../common/auth.js';
import { subquery } from '../common/db.js';
import { UnreachableCaseError } from '../common/errors.js';
import { Indicator } from './entities/indicator.entity.js';
import type { Observation } from './entities/observation.entity.js';
import { ObservationStatus } from './enums.js';

/*
 * Who sees what of the indicators: the only file that decides on roles.
 * Indicators are aggregates, never personal data; what is held back from the public
 * is work in progress: unpublished indicators and provisional values.
 */

/** Researchers, services and admins see unpublished indicators and provisional values; everyone else only published, settled ones. */
function seesUnpublished(caller: Caller): boolean {
  switch (caller.role) {
    case 'researcher':
    case 'admin':
    case 'service':
      return true;
    case 'anonymous':
    case 'volunteer':
    case 'organisation':
    case 'municipality':
      return false;
    default:
      throw new UnreachableCaseError(caller);
  }
}

/** The indicators a caller may see. */
export const visibleIndicators = (caller: Caller): FilterQuery<Indicator> => (seesUnpublished(caller) ? {} : { published: true });

/**
 * The observations a caller may see: for the public, only those of published
 * indicators and not provisional (a live figure for a period still running).
 */
export function visibleObservations(em: EntityManager, caller: Caller): ObjectQuery<Observation> {
  if (seesUnpublished(caller)) return {};
  return {
    indicatorCode: { $in: subquery(em.createQueryBuilder(Indicator, 'vi').select('vi.code').where({ published: true })) },
    status: { $ne: ObservationStatus.PROVISIONAL },
  };
}

/**
 * `visibleObservations` as a SQL condition on the observation table under `alias`, for the
 * plain-SQL reads (services/area-observations.service.ts): the same rule, kept beside it.
 */
export function visibleObservationsSql(caller: Caller, alias: string): { sql: string; params: string[] } {
  if (seesUnpublished(caller)) return { sql: '1 = 1', params: [] };
  return {
    sql: `${alias}.indicator_code in (select vi.code from indicator vi where vi.published = true) and ${alias}.status <> ?`,
    params: [ObservationStatus.PROVISIONAL],
  };
}

/** Only the snapshot job (a service token) and admins store live observations. */
export const requireSnapshotWriter = (caller: Caller) => requireRole(caller, ['service', 'admin'], 'replaceLiveObservations');

/**
 * The tag on every field whose answer depends on the caller's role here (unpublished
 * indicators, provisional values), so a schema-derived access suite can find them.
 */
export const RESTRICTED = '@tag(name: "restricted")';
