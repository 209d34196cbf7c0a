import type { QueryBuilder } from '@mikro-orm/knex';
import { subquery } from '../common/db.js';
import type { Context } from '../common/context.js';
import { BadUserInputError } from '../common/errors.js';
import { isCountyCode, MUNICIPALITIES } from '../common/municipalities.js';
import { isActivityCode, isTargetGroupCode } from '../common/taxonomy.js';
import type { AgreementFilter } from './agreements.args.js';
import { AgreementStatus } from './enums.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';

/** A JSON array column holds a code: the codes are [a-z_], so a LIKE on the quoted code is exact once `_` is escaped. */
function jsonHas(qb: QueryBuilder<Agreement>, column: string, code: string) {
  qb.andWhere(`cast(a.${column} as text) like ? escape '\\'`, [`%"${code.replace(/_/g, '\\_')}"%`]);
}

/** Adds the filter's conditions to a query over `agreement a`, refusing unknown codes with the field named. */
export function applyFilter(ctx: Context, qb: QueryBuilder<Agreement>, filter: AgreementFilter | null | undefined): void {
  if (!filter) return;
  if (filter.municipalityCode) qb.andWhere({ municipalityCode: filter.municipalityCode });
  if (filter.countyCode) {
    if (!isCountyCode(filter.countyCode)) throw new BadUserInputError('filter.countyCode', `"${filter.countyCode}" is not a county in the 2024 division`);
    // The shared code list maps a county to its municipalities; no other subgraph is asked.
    qb.andWhere({ municipalityCode: { $in: MUNICIPALITIES.filter((m) => m.countyCode === filter.countyCode).map((m) => m.code) } });
  }
  if (filter.organisationId) {
    qb.andWhere({ id: { $in: subquery(ctx.em.createQueryBuilder(AgreementParty, 'p').select('p.agreement_id').where({ organisationId: filter.organisationId })) } });
  }
  if (filter.types?.length) qb.andWhere({ type: { $in: filter.types } });
  if (filter.statuses?.length) qb.andWhere({ status: { $in: filter.statuses } });
  if (filter.activeOn) {
    const d = filter.activeOn;
    qb.andWhere({
      status: { $ne: AgreementStatus.DRAFT },
      $and: [
        { $or: [{ startDate: null }, { startDate: { $lte: d } }] },
        { $or: [{ endDate: null }, { endDate: { $gte: d } }] },
        { $or: [{ terminatedOn: null }, { terminatedOn: { $gt: d } }] },
      ],
    });
  }
  if (filter.activity) {
    if (!isActivityCode(filter.activity)) throw new BadUserInputError('filter.activity', `"${filter.activity}" is not an activity code of the shared taxonomy`);
    jsonHas(qb, 'activities', filter.activity);
  }
  if (filter.targetGroup) {
    if (!isTargetGroupCode(filter.targetGroup)) throw new BadUserInputError('filter.targetGroup', `"${filter.targetGroup}" is not a target group code of the shared taxonomy`);
    jsonHas(qb, 'target_groups', filter.targetGroup);
  }
}
