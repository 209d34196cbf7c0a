import type { Context } from '../../common/context.js';
import { hoursPerFte, suppressionThreshold } from '../config.js';
import { buildStats, organisationsToHide, type StatsSettings } from './stats.build.js';
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

/** Organisation.volunteerStats, batched: four queries for every organisation of a request. */
export function organisationStats(ctx: Context, id: string, year: number) {
  return ctx
    .loader<string, VolunteerStats>(`organisationStats:${year}`, async (ids) => {
      const settings = statsSettings();
      const found = await aggregates(ctx.em, 'organisation_id', ids, year);
      const hidden = organisationsToHide(await organisationCells(ctx.em, ids, year), settings.threshold);
      return ids.map((id) => buildStats(year, found.get(id)!, settings, hidden.has(id)));
    })
    .load(id);
}
