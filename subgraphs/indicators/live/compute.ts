import { COUNTRY_CODE, ObservationStatus } from '../enums.js';
import { AGREEMENT_TYPES, agreementIndicatorCode, type AgreementType } from './live-indicators.js';
import type { MunicipalityFacts } from './read.js';

/** One value to store, as the replaceLiveObservations mutation takes it. */
export interface Cell {
  areaCode: string;
  value: number | null;
  low?: number | null;
  status: ObservationStatus;
  note?: string | null;
}

const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/**
 * A county's or the country's total from its municipalities' cells. Where some
 * are suppressed or missing the total is unknown, and the sum of the known
 * cells is given as a lower bound (it reveals nothing the public cells do not).
 */
export function total(areaCode: string, cells: Cell[], settled: ObservationStatus, decimals = 0): Cell {
  const known = cells.filter((c) => c.value != null);
  const sum = round(known.reduce((s, c) => s + c.value!, 0), decimals);
  if (known.length === cells.length) return { areaCode, value: sum, status: settled };
  const suppressed = cells.filter((c) => c.status === ObservationStatus.SUPPRESSED).length;
  const missing = cells.length - known.length - suppressed;
  const why = [suppressed && `${suppressed} prikket`, missing && `${missing} mangler`].filter(Boolean).join(', ');
  if (known.length === 0) {
    return { areaCode, value: null, status: missing ? ObservationStatus.MISSING : ObservationStatus.SUPPRESSED, note: `alle ${cells.length} kommuner: ${why}` };
  }
  return { areaCode, value: null, low: sum, status: settled, note: `nedre grense: summen av ${known.length} av ${cells.length} kommuner (${why})` };
}

/** Municipal cells plus a total per county and for the country. */
function withTotals(municipalities: MunicipalityFacts[], cellOf: (m: MunicipalityFacts) => Cell, settled: ObservationStatus, decimals = 0): Cell[] {
  const cells = municipalities.map(cellOf);
  const counties = [...new Set(municipalities.map((m) => m.countyCode))].sort();
  return [
    ...cells,
    ...counties.map((county) => total(county, cells.filter((_, i) => municipalities[i].countyCode === county), settled, decimals)),
    total(COUNTRY_CODE, cells, settled, decimals),
  ];
}

/** Share (percent, one decimal) of municipalities with a volunteer policy, per county and for the country. */
function policyShares(municipalities: MunicipalityFacts[], settled: ObservationStatus): Cell[] {
  const share = (areaCode: string, group: MunicipalityFacts[]): Cell => ({
    areaCode, value: round((100 * group.filter((m) => m.hasVolunteerPolicy).length) / group.length, 1), status: settled,
  });
  const counties = [...new Set(municipalities.map((m) => m.countyCode))].sort();
  return [...counties.map((c) => share(c, municipalities.filter((m) => m.countyCode === c))), share(COUNTRY_CODE, municipalities)];
}

/**
 * Every live indicator's cells for one period, from what the graph says of each
 * municipality. `settled` is FINAL for a period that is over, PROVISIONAL for one still running.
 */
export function computeLiveCells(municipalities: MunicipalityFacts[], settled: ObservationStatus): Map<string, Cell[]> {
  const active = (m: MunicipalityFacts) => m.agreements.filter((a) => a.status === 'ACTIVE');
  const count = (code: string, pick: (m: MunicipalityFacts) => number) => [code, withTotals(municipalities, (m) => ({ areaCode: m.code, value: pick(m), status: settled }), settled)] as const;
  const volunteer = (m: MunicipalityFacts, key: 'hours' | 'fullTimeEquivalents'): Cell => {
    const stats = m.volunteerStats;
    if (!stats) return { areaCode: m.code, value: null, status: ObservationStatus.MISSING, note: 'volunteerStats svarte ikke' };
    if (stats.suppressed || stats[key] == null) return { areaCode: m.code, value: null, status: ObservationStatus.SUPPRESSED };
    return { areaCode: m.code, value: stats[key], status: settled };
  };
  const funding = (key: 'awarded' | 'disbursed') => (m: MunicipalityFacts): Cell =>
    m.funding ? { areaCode: m.code, value: m.funding[key], status: settled } : { areaCode: m.code, value: null, status: ObservationStatus.MISSING, note: 'agreementStats svarte ikke' };

  return new Map<string, Cell[]>([
    count('agreements_total', (m) => active(m).length),
    ...AGREEMENT_TYPES.map((type: AgreementType) => count(agreementIndicatorCode(type), (m) => active(m).filter((a) => a.type === type).length)),
    ['municipal_funding_voluntary', withTotals(municipalities, funding('awarded'), settled)],
    ['municipal_funding_disbursed', withTotals(municipalities, funding('disbursed'), settled)],
    ['volunteer_hours', withTotals(municipalities, (m) => volunteer(m, 'hours'), settled)],
    ['volunteer_fte', withTotals(municipalities, (m) => volunteer(m, 'fullTimeEquivalents'), settled, 2)],
    count('volunteer_policy', (m) => (m.hasVolunteerPolicy ? 1 : 0)),
    ['volunteer_policy_share', policyShares(municipalities, settled)],
  ]);
}
