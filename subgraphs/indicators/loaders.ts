import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { Indicator } from './entities/indicator.entity.js';
import type { Observation } from './entities/observation.entity.js';
import { areaObservations } from './services/area-observations.service.js';
import { visibleIndicators } from './access.js';
import { tableFacts, type TableFacts } from './services/catalogue.service.js';

/** Per-request batched loads: one SQL query for many parents. */
export const loaders = {
  /** Indicator definitions the caller may see, by code. */
  indicator: (ctx: Context) =>
    ctx.loader<string, Indicator>('indicator', async (codes) =>
      byKeys(codes, await ctx.em.find(Indicator, { $and: [{ code: { $in: [...codes] } }, visibleIndicators(ctx.caller)] }), (i) => i.code),
    ),

  /** Visible observations of many areas, for one choice of indicators and periods: one plain SQL statement. */
  observationsByArea: (ctx: Context, indicators: string[] | null, periods: string[] | null) =>
    ctx.loader<string, Observation[]>(`observationsByArea:${JSON.stringify([indicators, periods])}`, async (areas) => {
      const rows = await areaObservations(ctx.em, ctx.caller, { indicators, periods, areas });
      return groupByKeys(areas, rows, (o) => o.areaCode);
    }),

  /** What there is of many indicators (periods, area levels, count, last update), in one grouped query. */
  tableFacts: (ctx: Context) =>
    ctx.loader<string, TableFacts>('tableFacts', async (codes) => {
      const facts = await tableFacts(ctx.em, ctx.caller, codes);
      return codes.map((code) => facts.get(code) ?? null);
    }),
};
