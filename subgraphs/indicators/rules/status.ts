import { UnreachableCaseError } from '../../common/errors.js';
import { ObservationStatus } from '../enums.js';
import type { Language } from './cells.js';

/**
 * The one code list for an observation's status, in the JSON-stat `status`, the CSV
 * `status` and `status_symbol` columns, the catalogue and the researcher page.
 * The symbols are Statistics Norway's standard table symbols (SSB «Standardtegn i tabeller»).
 */
interface StatusCode {
  status: ObservationStatus;
  /** The SSB symbol; final values carry none (''). */
  symbol: string;
  label: Record<Language, string>;
}

export function statusCode(status: ObservationStatus): StatusCode {
  switch (status) {
    case ObservationStatus.FINAL:
      return { status, symbol: '', label: { nb: 'endelig tall', en: 'final' } };
    case ObservationStatus.PROVISIONAL:
      return { status, symbol: '*', label: { nb: 'foreløpig tall (perioden pågår)', en: 'provisional (the period is still running)' } };
    case ObservationStatus.SUPPRESSED:
      return {
        status,
        symbol: ':',
        label: {
          nb: 'vises ikke av konfidensialitetshensyn (prikket, eller holdt tilbake for å verne en prikket celle)',
          en: 'confidential: suppressed, or held back to protect a suppressed cell',
        },
      };
    case ObservationStatus.MISSING:
      return {
        status,
        symbol: '..',
        label: {
          nb: 'oppgave mangler (ingen rapporterende organisasjon eller avtale i grafen)',
          en: 'not available (no reporting organisation or agreement in the graph)',
        },
      };
    default:
      throw new UnreachableCaseError(status);
  }
}

export const STATUS_CODES: readonly StatusCode[] = Object.values(ObservationStatus).map(statusCode);

/** The JSON-stat status symbol of a status (null for final). */
export const statusSymbol = (status: ObservationStatus): string | null => statusCode(status).symbol || null;

/** A cell of a JSON-stat cube that no observation fills is not available either. */
export const EMPTY_CELL_SYMBOL = '..';

/** The code list in words, for a dataset's notes. */
export const statusNote = (lang: Language) =>
  `Status: ${STATUS_CODES.map((c) => `${c.symbol ? `"${c.symbol}"` : lang === 'en' ? 'no symbol' : 'intet symbol'} = ${c.label[lang]}`).join('; ')}.`;
