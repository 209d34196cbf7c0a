import type { Context } from '../common/context.js';
import { byKeys, groupByKeys } from '../common/context.js';
import { Indicator } from './entities/indicator.entity.js';
import { Observation } from './entities/observation.entity.js';
import { OBSERVATION_ORDER, selectionWhere } from './selection/selection.js';
import { visibleIndicators } from './visibility.js';

/** Per-request batched loads: one SQL query for many parents. */
export const loaders = {
  /** Indicator definitions the caller may see, by code. */
  indicator: (ctx: Context) =>
    ctx.loader<string, Indicator>('indicator', async (codes) =>
      byKeys(codes, await ctx.em.find(Indicator, { $and: [{ code: { $in: [...codes] } }, visibleIndicators(ctx.caller)] }), (i) => i.code),
    ),

  /** Visible observations of many areas, for one choice of indicators and periods. */
  observationsByArea: (ctx: Context, indicators: string[] | null, periods: string[] | null) =>
    ctx.loader<string, Observation[]>(`observationsByArea:${JSON.stringify([indicators, periods])}`, async (areas) => {
      const rows = await ctx.em.find(Observation, selectionWhere(ctx.em, ctx.caller, { indicators, periods, areas: [...areas] }), { orderBy: OBSERVATION_ORDER });
      return groupByKeys(areas, rows, (o) => o.areaCode);
    }),
};
