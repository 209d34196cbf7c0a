import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { Caller } from '../common/auth.js';
import { subquery } from '../common/db.js';
import { Indicator } from './entities/indicator.entity.js';
import type { Observation } from './entities/observation.entity.js';
import { ObservationStatus } from './enums.js';

/** Researchers, services and admins see unpublished indicators and provisional values; everyone else only published, settled ones. */
export const seesUnpublished = (caller: Caller) => caller.role === 'researcher' || caller.role === 'admin' || caller.role === 'service';

/** The indicators a caller may see. */
export const visibleIndicators = (caller: Caller): FilterQuery<Indicator> => (seesUnpublished(caller) ? {} : { published: true });

/**
 * The observations a caller may see: for the public, only those of published
 * indicators and not provisional (a live figure for a period still running).
 */
export function visibleObservations(em: EntityManager, caller: Caller): FilterQuery<Observation> {
  if (seesUnpublished(caller)) return {};
  return {
    indicatorCode: { $in: subquery(em.createQueryBuilder(Indicator, 'vi').select('vi.code').where({ published: true })) },
    status: { $ne: ObservationStatus.PROVISIONAL },
  };
}
