import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { Agreement } from './entities/agreement.entity.js';
import { AgreementParty } from './entities/agreement-party.entity.js';
import { visibleAgreements } from './visibility.js';

const ORDER = { startDate: 'desc', title: 'asc' } as const;

export const loaders = {
  agreement: (ctx: Context) =>
    ctx.loader<string, Agreement>('agreement', async (ids) =>
      byKeys(ids, await ctx.em.find(Agreement, { $and: [{ id: { $in: [...ids] } }, visibleAgreements(ctx.em, ctx.caller)] }), (a) => a.id),
    ),
  partyIds: (ctx: Context) =>
    ctx.loader<string, string[]>('partyIds', async (ids) =>
      groupByKeys(ids, await ctx.em.find(AgreementParty, { agreementId: { $in: [...ids] } }), (p) => p.agreementId).map((rows) => rows.map((r) => r.organisationId)),
    ),
  byMunicipality: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByMunicipality', async (codes) =>
      groupByKeys(
        codes,
        await ctx.em.find(Agreement, { $and: [{ municipalityCode: { $in: [...codes] } }, visibleAgreements(ctx.em, ctx.caller)] }, { orderBy: ORDER }),
        (a) => a.municipalityCode,
      ),
    ),
  byOrganisation: (ctx: Context) =>
    ctx.loader<string, Agreement[]>('agreementsByOrganisation', async (ids) => {
      const parties = await ctx.em.find(AgreementParty, { organisationId: { $in: [...ids] } });
      const agreements = await ctx.em.find(
        Agreement,
        { $and: [{ id: { $in: [...new Set(parties.map((p) => p.agreementId))] } }, visibleAgreements(ctx.em, ctx.caller)] },
        { orderBy: ORDER },
      );
      const visible = new Map(agreements.map((a) => [a.id, a]));
      return groupByKeys(ids, parties.filter((p) => visible.has(p.agreementId)), (p) => p.organisationId).map((rows) =>
        rows.map((p) => visible.get(p.agreementId)!),
      );
    }),
};
