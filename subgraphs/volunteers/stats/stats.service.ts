import type { Context } from '../../common/context.js';
import { hoursPerFte, suppressionThreshold } from '../config.js';
import { buildStats, type StatsSettings } from './stats.build.js';
import { linkedSuppression } from './stats.linked.js';
import { aggregates, organisationCells } from './stats.query.js';
import type { VolunteerStats } from './stats.types.js';

export const statsSettings = (): StatsSettings => ({ threshold: suppressionThreshold(), hoursPerFte: hoursPerFte() });

/** Municipality.volunteerStats, batched: three queries for every municipality of a request. */
export function municipalityStats(ctx: Context, code: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`municipalityStats:${year}`, async (codes) => {
      const settings = statsSettings();
      const found = await aggregates(ctx.em, 'municipality_code', codes, year);
      return codes.map((code) => buildStats(year, found.get(code)!, settings));
    })
    .load(code);
}

/** Organisation.volunteerStats, batched: six queries for every organisation of a request. */
export function organisationStats(ctx: Context, id: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`organisationStats:${year}`, async (ids) => {
      const settings = statsSettings();
      const cells = await organisationCells(ctx.em, ids, year);
      // Every organisation in those municipalities, not only the ones asked for: their tables are linked.
      const all = [...new Set([...ids, ...cells.total.map((c) => c.organisationId)])];
      const own = await aggregates(ctx.em, 'organisation_id', all, year);
      const linked = linkedSuppression(year, own, cells, settings);
      return ids.map((id) => buildStats(year, own.get(id)!, settings, linked.get(id)));
    })
    .load(id);
}
