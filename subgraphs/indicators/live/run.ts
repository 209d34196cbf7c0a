import { gatewayClient } from '../clients/gateway.client.js';
import { ObservationStatus } from '../enums.js';
import { isYear, parsePeriod, periodProblem } from '../rules/periods.js';
import { AGREEMENT_TYPES, LIVE_INDICATORS } from './indicators.types.js';
import { SnapshotError, type MunicipalityFacts, type SnapshotOptions, type SnapshotSummary } from './snapshot.types.js';
import { readCounty } from './read.js';
import { computeLiveCells } from './compute.js';

const REPLACE = `mutation ($input: ReplaceLiveObservationsInput!) { replaceLiveObservations(input: $input) { removed stored } }`;

/** FINAL once the period is over on today's Norwegian date, PROVISIONAL while it runs. */
export function settledStatus(period: string, today: string): ObservationStatus {
  const range = parsePeriod(period);
  if (!range) throw new SnapshotError(`--period ${periodProblem(period)}`);
  return today > range.end ? ObservationStatus.FINAL : ObservationStatus.PROVISIONAL;
}

/**
 * Reads the live indicators' inputs for a year through the gateway, county by
 * county, then stores every live indicator for that period, each replacing what
 * an earlier run stored, so a period holds one set of observations.
 * Nothing is written unless the whole read succeeded.
 */
export async function runSnapshot(options: SnapshotOptions): Promise<SnapshotSummary> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const problem = periodProblem(options.period);
  if (problem) throw new SnapshotError(`--period ${problem}`);
  // volunteerStats is kept per calendar year, so live snapshots are too.
  if (!isYear(options.period))
    throw new SnapshotError(`--period must be a year (volunteer statistics are per year), got "${options.period}"`);
  const year = Number(options.period);
  const status = settledStatus(options.period, options.clock.today());
  const request = gatewayClient(options.gatewayUrl, options.token, options.fetch);

  const { counties } = await request<{ counties: { code: string; name: string }[] }>('{ counties { code name } }');
  const municipalities: MunicipalityFacts[] = [];
  for (const [i, county] of counties.entries()) {
    const rows = await readCounty(request, county.code, year);
    municipalities.push(...rows);
    log(`read [${i + 1}/${counties.length}] ${county.name}: ${rows.length} municipalities`);
  }
  const known = new Set<string>(AGREEMENT_TYPES);
  const unknownTypes = new Set(municipalities.flatMap((m) => m.agreements.map((a) => a.type)).filter((t) => !known.has(t)));
  if (unknownTypes.size)
    log(`note: agreement types without an indicator of their own (counted in agreements_total only): ${[...unknownTypes].join(', ')}`);

  const cells = computeLiveCells(municipalities, status, year);
  const results: SnapshotSummary['indicators'] = [];
  for (const [i, { code }] of LIVE_INDICATORS.entries()) {
    const observations = cells.get(code);
    if (!observations) throw new SnapshotError(`no cells computed for live indicator ${code}`);
    const { replaceLiveObservations: r } = await request<{ replaceLiveObservations: { removed: number; stored: number } }>(REPLACE, {
      // GraphQL takes the enum by its name (PROVISIONAL), not by its internal value
      input: {
        indicatorCode: code,
        period: options.period,
        observations: observations.map((o) => ({ ...o, status: o.status.toUpperCase() })),
      },
    });
    results.push({ code, ...r });
    log(`store [${i + 1}/${LIVE_INDICATORS.length}] ${code}: ${r.stored} stored, ${r.removed} replaced`);
  }
  return {
    period: options.period,
    status,
    municipalities: municipalities.length,
    indicators: results,
    stored: results.reduce((s, r) => s + r.stored, 0),
    removed: results.reduce((s, r) => s + r.removed, 0),
    seconds: (performance.now() - started) / 1000,
  };
}
