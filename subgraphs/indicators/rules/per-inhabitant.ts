import { ObservationStatus } from '../enums.js';

/** One stored value: a value, or a range (low/high), with its status and a note. */
interface RateCell {
  areaCode: string;
  value: number | null;
  low?: number | null;
  high?: number | null;
  status: ObservationStatus;
  note?: string | null;
}

export const round = (n: number, decimals: number) => Math.round(n * 10 ** decimals) / 10 ** decimals;

/** `value × per ÷ denominator`, rounded to `decimals`. */
const rate = (value: number, denominator: number, per: number, decimals: number) => round((value * per) / denominator, decimals);

const formatNb = (n: number) => String(n).replace('.', ',');

/**
 * A cell divided by the area's population, per `per` inhabitants: a value stays a value,
 * a bound stays a bound, and the status carries over (suppressed stays suppressed,
 * missing stays missing). No population for the area is missing. The note gives the
 * inputs, so every figure can be checked by hand.
 */
export function perInhabitants(
  cell: RateCell,
  population: number | undefined,
  per: number,
  decimals: number,
  populationLabel: string,
): RateCell {
  const { areaCode, status } = cell;
  if (!population) {
    const held = status === ObservationStatus.SUPPRESSED ? ObservationStatus.SUPPRESSED : ObservationStatus.MISSING;
    return { areaCode, value: null, status: held, note: `folkemengde mangler for ${areaCode}` };
  }
  const scaled = (n: number | null | undefined) => (n == null ? null : rate(n, population, per, decimals));
  const formula = (n: number) => `${formatNb(n)} × ${per} / ${population} (${populationLabel})`;
  if (cell.value != null) return { areaCode, value: scaled(cell.value), status, note: `= ${formula(cell.value)}` };
  const low = scaled(cell.low);
  const high = scaled(cell.high);
  const bound = cell.low != null ? `nedre grense ${formula(cell.low)}` : null;
  return {
    areaCode,
    value: null,
    ...(low != null ? { low } : {}),
    ...(high != null ? { high } : {}),
    status,
    note: [cell.note, bound].filter(Boolean).join('; ') || null,
  };
}

/** The population year to divide a period's figures by: that year's, else the latest before it, else the earliest after. */
export function populationYearFor(year: number, available: readonly number[]): number | null {
  const sorted = [...available].sort((a, b) => a - b);
  const before = sorted.filter((y) => y <= year);
  return before.length ? before[before.length - 1] : (sorted[0] ?? null);
}
