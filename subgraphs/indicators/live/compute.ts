import { COUNTRY_CODE, ObservationStatus } from '../enums.js';
import { perInhabitants, populationYearFor, round } from '../rules/per-inhabitant.js';
import { AGREEMENT_TYPES, agreementIndicatorCode, PER_INHABITANT_INDICATORS } from './indicators.types.js';
import type { Cell, MunicipalityFacts } from './snapshot.types.js';

const missing = (areaCode: string, note: string): Cell => ({ areaCode, value: null, status: ObservationStatus.MISSING, note });

/**
 * A county's or the country's total from its municipalities' cells. Where some are
 * suppressed or missing the total is unknown: it takes their status (suppressed before
 * missing, since it is held back to protect a suppressed cell) and the sum of the known
 * cells as a lower bound (which reveals nothing the public cells do not).
 */
export function total(areaCode: string, cells: Cell[], settled: ObservationStatus, decimals = 0): Cell {
  const known = cells.flatMap((c) => (c.value == null ? [] : [c.value]));
  const sum = round(
    known.reduce((s, v) => s + v, 0),
    decimals,
  );
  if (known.length === cells.length) return { areaCode, value: sum, status: settled };
  const suppressed = cells.filter((c) => c.status === ObservationStatus.SUPPRESSED).length;
  const absent = cells.length - known.length - suppressed;
  const why = [suppressed && `${suppressed} prikket`, absent && `${absent} mangler`].filter(Boolean).join(', ');
  const status = suppressed ? ObservationStatus.SUPPRESSED : ObservationStatus.MISSING;
  if (known.length === 0) return { areaCode, value: null, status, note: `alle ${cells.length} kommuner: ${why}` };
  return { areaCode, value: null, low: sum, status, note: `nedre grense: summen av ${known.length} av ${cells.length} kommuner (${why})` };
}

const countiesOf = (municipalities: MunicipalityFacts[]) => [...new Set(municipalities.map((m) => m.countyCode))].sort();

/** Municipal cells plus a total per county and for the country. */
function withTotals(
  municipalities: MunicipalityFacts[],
  cellOf: (m: MunicipalityFacts) => Cell,
  settled: ObservationStatus,
  decimals = 0,
): Cell[] {
  const cells = municipalities.map(cellOf);
  return [
    ...cells,
    ...countiesOf(municipalities).map((county) =>
      total(
        county,
        cells.filter((_, i) => municipalities[i].countyCode === county),
        settled,
        decimals,
      ),
    ),
    total(COUNTRY_CODE, cells, settled, decimals),
  ];
}

/** Share (percent, one decimal) of municipalities with a volunteer policy, per county and for the country. */
function policyShares(municipalities: MunicipalityFacts[], settled: ObservationStatus): Cell[] {
  const share = (areaCode: string, group: MunicipalityFacts[]): Cell => ({
    areaCode,
    value: round((100 * group.filter((m) => m.hasVolunteerPolicy).length) / group.length, 1),
    status: settled,
  });
  return [
    ...countiesOf(municipalities).map((c) =>
      share(
        c,
        municipalities.filter((m) => m.countyCode === c),
      ),
    ),
    share(COUNTRY_CODE, municipalities),
  ];
}

/**
 * Each area's population for the year the figures of `year` are divided by: a county's
 * and the country's are the sums of their municipalities', and unknown where one lacks it.
 */
function populations(municipalities: MunicipalityFacts[], year: number): { label: string; byArea: Map<string, number> } {
  const populationYear = populationYearFor(year, [...new Set(municipalities.flatMap((m) => [...m.population.keys()]))]);
  const byArea = new Map<string, number>();
  const sum = (group: MunicipalityFacts[]) => {
    const counts = group.map((m) => (populationYear === null ? undefined : m.population.get(populationYear)));
    return counts.every((n) => n !== undefined) ? counts.reduce<number>((s, n) => s + (n ?? 0), 0) : undefined;
  };
  for (const m of municipalities) {
    const count = populationYear === null ? undefined : m.population.get(populationYear);
    if (count !== undefined) byArea.set(m.code, count);
  }
  for (const county of countiesOf(municipalities)) {
    const count = sum(municipalities.filter((m) => m.countyCode === county));
    if (count !== undefined) byArea.set(county, count);
  }
  const country = sum(municipalities);
  if (country !== undefined && municipalities.length) byArea.set(COUNTRY_CODE, country);
  return { label: `folkemengde 1.1.${populationYear ?? '?'}`, byArea };
}

/**
 * Every live indicator's cells for one period (a year), from what the graph says of
 * each municipality. `settled` is FINAL for a period that is over, PROVISIONAL for one
 * still running. An area the graph knows nothing about is MISSING, never 0: a
 * municipality with no agreement in the graph for the agreement and funding
 * indicators, one where no organisation reported volunteers for the volunteer ones.
 */
export function computeLiveCells(municipalities: MunicipalityFacts[], settled: ObservationStatus, year: number): Map<string, Cell[]> {
  const active = (m: MunicipalityFacts) => m.agreements.filter((a) => a.status === 'ACTIVE');
  const agreements = (code: string, pick: (m: MunicipalityFacts) => number) =>
    [
      code,
      withTotals(
        municipalities,
        (m) => (m.agreements.length ? { areaCode: m.code, value: pick(m), status: settled } : missing(m.code, 'ingen avtaler i grafen')),
        settled,
      ),
    ] as const;
  const volunteer = (m: MunicipalityFacts, key: 'hours' | 'fullTimeEquivalents'): Cell => {
    const stats = m.volunteerStats;
    if (!stats) return missing(m.code, 'volunteerStats svarte ikke');
    if (stats.suppressed || stats[key] == null) return { areaCode: m.code, value: null, status: ObservationStatus.SUPPRESSED };
    if (stats.activeVolunteers === 0) return missing(m.code, 'ingen organisasjon har rapportert frivillige med godkjente timer');
    return { areaCode: m.code, value: stats[key], status: settled };
  };
  const funding =
    (key: 'awarded' | 'disbursed') =>
    (m: MunicipalityFacts): Cell => {
      if (!m.funding) return missing(m.code, 'agreementStats svarte ikke');
      if (!m.agreements.length) return missing(m.code, 'ingen avtaler i grafen');
      return { areaCode: m.code, value: m.funding[key], status: settled };
    };

  const cells = new Map<string, Cell[]>([
    agreements('agreements_total', (m) => active(m).length),
    ...AGREEMENT_TYPES.map((type) => agreements(agreementIndicatorCode(type), (m) => active(m).filter((a) => a.type === type).length)),
    ['municipal_funding_voluntary', withTotals(municipalities, funding('awarded'), settled)],
    ['municipal_funding_disbursed', withTotals(municipalities, funding('disbursed'), settled)],
    ['volunteer_hours', withTotals(municipalities, (m) => volunteer(m, 'hours'), settled)],
    ['volunteer_fte', withTotals(municipalities, (m) => volunteer(m, 'fullTimeEquivalents'), settled, 2)],
    [
      'volunteer_policy',
      withTotals(municipalities, (m) => ({ areaCode: m.code, value: m.hasVolunteerPolicy ? 1 : 0, status: settled }), settled),
    ],
    ['volunteer_policy_share', policyShares(municipalities, settled)],
  ]);
  const { label, byArea } = populations(municipalities, year);
  for (const { code, of, per, decimals } of PER_INHABITANT_INDICATORS) {
    cells.set(
      code,
      (cells.get(of) ?? []).map((cell) => perInhabitants(cell, byArea.get(cell.areaCode), per, decimals, label)),
    );
  }
  return cells;
}
