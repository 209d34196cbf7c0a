import type { Context } from '../../common/context.js';
import { buildStats, type StatsSettings } from './stats.build.js';
import { linkedSuppression } from './stats.linked.js';
import { aggregates, organisationCells } from './stats.query.js';
import type { VolunteerStats } from './stats.types.js';

/** Municipality.volunteerStats, batched: three queries for every municipality of a request. */
export function municipalityStats(ctx: Context, settings: StatsSettings, code: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`municipalityStats:${year}`, async (codes) => {
      const found = await aggregates(ctx.em, 'municipality_code', codes, year);
      return codes.map((code) => buildStats(year, found.get(code)!, settings));
    })
    .load(code);
}

/** Organisation.volunteerStats, batched: six queries for every organisation of a request. */
export function organisationStats(ctx: Context, settings: StatsSettings, id: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`organisationStats:${year}`, async (ids) => {
      const cells = await organisationCells(ctx.em, ids, year);
      // Every organisation in those municipalities, not only the ones asked for: their tables are linked.
      const all = [...new Set([...ids, ...cells.total.map((c) => c.organisationId)])];
      const own = await aggregates(ctx.em, 'organisation_id', all, year);
      const linked = linkedSuppression(year, own, cells, settings);
      return ids.map((id) => buildStats(year, own.get(id)!, settings, linked.get(id)));
    })
    .load(id);
}
