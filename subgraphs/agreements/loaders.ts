import { QueryOrder } from '@mikro-orm/core';
import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { ensureSwept } from './expiry.service.js';
import { visibleAgreements } from './visibility.js';

/** Newest first; undated agreements last on SQLite and PostgreSQL alike. */
const ORDER = { startDate: QueryOrder.DESC_NULLS_LAST, title: QueryOrder.ASC, id: QueryOrder.ASC };

/** Per-request batched reads of agreements; each runs the expiry sweep first, so statuses read as of today. */
export const loaders = {
  agreement: (ctx: Context) =>
    ctx.loader<string, Agreement>('agreement', async (ids) => {
      await ensureSwept(ctx);
      return byKeys(ids, await ctx.em.find(Agreement, { $and: [{ id: { $in: [...ids] } }, visibleAgreements(ctx.em, ctx.caller)] }), (a) => a.id);
    }),
  replacedBy: (ctx: Context) =>
    ctx.loader<string, Agreement>('agreementReplacedBy', async (ids) => {
      await ensureSwept(ctx);
      const rows = await ctx.em.find(Agreement, { $and: [{ replacesId: { $in: [...ids] } }, visibleAgreements(ctx.em, ctx.caller)] });
      return byKeys(ids, rows, (a) => a.replacesId!);
    }),
  partyIds: (ctx: Context) =>
    ctx.loader<string, string[]>('partyIds', async (ids) =>
      groupByKeys(ids, await ctx.em.find(AgreementParty, { agreementId: { $in: [...ids] } }, { orderBy: { organisationId: 'asc' } }), (p) => p.agreementId).map((rows) =>
        rows.map((r) => r.organisationId),
      ),
    ),
  byMunicipality: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByMunicipality', async (codes) => {
      await ensureSwept(ctx);
      return groupByKeys(
        codes,
        await ctx.em.find(Agreement, { $and: [{ municipalityCode: { $in: [...codes] } }, visibleAgreements(ctx.em, ctx.caller)] }, { orderBy: ORDER }),
        (a) => a.municipalityCode,
      );
    }),
  byOrganisation: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByOrganisation', async (ids) => {
      await ensureSwept(ctx);
      const parties = await ctx.em.find(AgreementParty, { organisationId: { $in: [...ids] } });
      const agreements = await ctx.em.find(
        Agreement,
        { $and: [{ id: { $in: [...new Set(parties.map((p) => p.agreementId))] } }, visibleAgreements(ctx.em, ctx.caller)] },
        { orderBy: ORDER },
      );
      const order = new Map(agreements.map((a, i) => [a.id, i]));
      return groupByKeys(ids, parties.filter((p) => order.has(p.agreementId)), (p) => p.organisationId).map((rows) =>
        rows.map((p) => agreements[order.get(p.agreementId)!]).sort((a, b) => order.get(a.id)! - order.get(b.id)!),
      );
    }),
};
