import type { Context } from '../../common/context.js';
import { Indicator } from '../entities/indicator.entity.js';
import { Observation } from '../entities/observation.entity.js';
import type { ExportData } from '../rules/cells.js';
import { checkSelection, OBSERVATION_ORDER, selectionFilter, type ObservationSelection } from './selection.service.js';

/** The observations of a checked selection the caller may see, with the definitions of their indicators. */
export async function exportData(ctx: Context, selection: ObservationSelection): Promise<ExportData> {
  await checkSelection(ctx.em, ctx.caller, selection);
  const observations = await ctx.em.find(Observation, await selectionFilter(ctx.em, ctx.caller, selection), { orderBy: OBSERVATION_ORDER });
  const indicators = await ctx.em.find(Indicator, { code: { $in: [...new Set(observations.map((o) => o.indicatorCode))] } });
  return { observations, indicators };
}
