import type { QBFilterQuery, QueryBuilder } from '@mikro-orm/knex';
import { subquery } from '../../common/db.js';
import type { Context } from '../../common/context.js';
import { addDays } from '../../common/clock.js';
import { BadUserInputError } from '../../common/errors.js';
import { isCountyCode, MUNICIPALITIES } from '../../common/municipalities.js';
import { type ConnectionArgs, paginate } from '../../common/pagination.js';
import { activityProblem, check, targetGroupProblem } from '../../common/validators.js';
import { visibleAgreements } from '../access.js';
import { AgreementStatus as S, PartyStatus } from '../enums.js';
import { Agreement } from '../entities/agreement.entity.js';
import { AgreementParty } from '../entities/agreement-party.entity.js';
import type { AgreementFilter } from '../inputs/agreements.args.js';
import { statusCondition } from '../rules/lifecycle.js';

/** Agreements the caller may see, as a query over `agreement a`. */
const visible = (ctx: Context) =>
  ctx.em
    .createQueryBuilder(Agreement, 'a')
    .select('a.*')
    .where(visibleAgreements(ctx.em, ctx.caller) as QBFilterQuery<Agreement>);

/** Agreements whose status today (not the stored one, which waits for the sweep) is among `statuses`. */
const withStatus = (ctx: Context, statuses: readonly S[]) => statusCondition(statuses, ctx.clock.today()) as QBFilterQuery<Agreement>;

/** A JSON array column holds a code: the codes are [a-z_], so a LIKE on the quoted code is exact once `_` is escaped. */
function jsonHas(qb: QueryBuilder<Agreement>, column: string, code: string) {
  qb.andWhere(`cast(a.${column} as text) like ? escape '\\'`, [`%"${code.replace(/_/g, '\\_')}"%`]);
}

/** Adds the filter's conditions to a query over `agreement a`, refusing unknown codes with the field named. */
function applyFilter(ctx: Context, qb: QueryBuilder<Agreement>, filter: AgreementFilter | null | undefined): void {
  if (!filter) return;
  if (filter.municipalityCode) qb.andWhere({ municipalityCode: filter.municipalityCode });
  if (filter.countyCode) {
    check('filter.countyCode', isCountyCode(filter.countyCode) ? null : `"${filter.countyCode}" is not a county in the 2024 division`);
    // The shared code list maps a county to its municipalities; no other subgraph is asked.
    qb.andWhere({ municipalityCode: { $in: MUNICIPALITIES.filter((m) => m.countyCode === filter.countyCode).map((m) => m.code) } });
  }
  if (filter.organisationId) {
    const parties = ctx.em
      .createQueryBuilder(AgreementParty, 'p')
      .select('p.agreement_id')
      .where({ organisationId: filter.organisationId, status: PartyStatus.ACCEPTED });
    qb.andWhere({ id: { $in: subquery(parties) } });
  }
  if (filter.types?.length) qb.andWhere({ type: { $in: filter.types } });
  if (filter.statuses?.length) qb.andWhere(withStatus(ctx, filter.statuses));
  if (filter.activeOn) {
    const d = filter.activeOn;
    // Drafts are never in force; a draft whose end date passed reads EXPIRED, as it is stored after the sweep.
    qb.andWhere(withStatus(ctx, [S.ACTIVE, S.EXPIRED, S.TERMINATED])).andWhere({
      $and: [
        { $or: [{ startDate: null }, { startDate: { $lte: d } }] },
        { $or: [{ endDate: null }, { endDate: { $gte: d } }] },
        { $or: [{ terminatedOn: null }, { terminatedOn: { $gt: d } }] },
      ],
    });
  }
  if (filter.activity) {
    check('filter.activity', activityProblem(filter.activity));
    jsonHas(qb, 'activities', filter.activity);
  }
  if (filter.targetGroup) {
    check('filter.targetGroup', targetGroupProblem(filter.targetGroup));
    jsonHas(qb, 'target_groups', filter.targetGroup);
  }
}

/** The agreements the caller may see, filtered and paged, by title. */
export function listAgreements(ctx: Context, filter: AgreementFilter | null | undefined, page: ConnectionArgs) {
  return paginate(page, ({ limit, offset }) => {
    const qb = visible(ctx);
    applyFilter(ctx, qb, filter);
    return qb.orderBy({ title: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount();
  });
}

/** Active agreements the caller may see that end within `withinDays` days from today, soonest first. */
export function expiringAgreements(ctx: Context, withinDays: number, municipalityCode: string | null | undefined, page: ConnectionArgs) {
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650)
    throw new BadUserInputError('withinDays', `must be between 0 and 3650, got ${withinDays}`);
  const today = ctx.clock.today();
  return paginate(page, ({ limit, offset }) => {
    // Active today: stored ACTIVE with an end date not yet passed.
    const qb = visible(ctx).andWhere({ status: S.ACTIVE, endDate: { $gte: today, $lte: addDays(today, withinDays) } });
    if (municipalityCode) qb.andWhere({ municipalityCode });
    return qb.orderBy({ endDate: 'asc', title: 'asc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount();
  });
}
