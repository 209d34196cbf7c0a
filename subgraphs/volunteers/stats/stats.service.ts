import type { Context } from '../../common/context.js';
import { groupByKeys } from '../../common/context.js';
import { hoursPerFte, suppressionThreshold } from '../config.js';
import { buildStats, organisationsToHide, type StatsSettings } from './stats.build.js';
import { hoursRows, organisationCells } from './stats.query.js';
import type { VolunteerStats } from './stats.types.js';

export const statsSettings = (): StatsSettings => ({ threshold: suppressionThreshold(), hoursPerFte: hoursPerFte() });

/** Municipality.volunteerStats, batched: one query for every municipality of a request. */
export function municipalityStats(ctx: Context, code: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`municipalityStats:${year}`, async (codes) => {
      const settings = statsSettings();
      const rows = await hoursRows(ctx.em, 'municipality_code', codes, year);
      return groupByKeys(codes, rows, (r) => r.key).map((own) => buildStats(year, own, settings));
    })
    .load(code);
}

/** Organisation.volunteerStats, batched: two queries for every organisation of a request. */
export function organisationStats(ctx: Context, id: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`organisationStats:${year}`, async (ids) => {
      const settings = statsSettings();
      const rows = await hoursRows(ctx.em, 'organisation_id', ids, year);
      const cells = await organisationCells(ctx.em, ids, year);
      const hidden = organisationsToHide(cells, settings.threshold);
      return groupByKeys(ids, rows, (r) => r.key).map((own, i) => buildStats(year, own, settings, hidden.has(ids[i])));
    })
    .load(id);
}
