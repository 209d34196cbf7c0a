import { BadUserInputError, UnreachableCaseError } from '../../common/errors.js';
import { check } from '../../common/validators.js';
import { ObservationStatus } from '../enums.js';
import type { ReplaceLiveObservationsInput } from '../inputs/snapshot.input.js';
import { areaProblem } from './areas.js';
import { periodProblem } from './periods.js';

/** Largest replacement one call takes: every municipality, county and the country, with room to spare. */
const MAX_OBSERVATIONS = 2000;

const finite = (field: string, n: number | null | undefined) => {
  if (n != null && !Number.isFinite(n)) throw new BadUserInputError(field, 'must be a finite number');
};

/** Checks everything but the indicator (which needs the database), naming the field; throws before anything is written. */
export function checkReplacement(input: ReplaceLiveObservationsInput): void {
  check('input.period', periodProblem(input.period));
  if (input.observations.length > MAX_OBSERVATIONS) {
    throw new BadUserInputError('input.observations', `at most ${MAX_OBSERVATIONS} per call, got ${input.observations.length}`);
  }
  const seen = new Set<string>();
  for (const [i, o] of input.observations.entries()) {
    const at = `input.observations[${i}]`;
    check(`${at}.areaCode`, areaProblem(o.areaCode));
    if (seen.has(o.areaCode)) throw new BadUserInputError(`${at}.areaCode`, `"${o.areaCode}" appears more than once`);
    seen.add(o.areaCode);
    finite(`${at}.value`, o.value);
    finite(`${at}.low`, o.low);
    finite(`${at}.high`, o.high);
    if (o.low != null && o.high != null && o.low > o.high) throw new BadUserInputError(`${at}.low`, 'must not be above high');
    switch (o.status) {
      case ObservationStatus.SUPPRESSED:
      case ObservationStatus.MISSING:
        if (o.value != null) throw new BadUserInputError(`${at}.value`, `must be null when the status is ${o.status.toUpperCase()}`);
        break;
      case ObservationStatus.FINAL:
      case ObservationStatus.PROVISIONAL:
        if (o.value == null && o.low == null && o.high == null)
          throw new BadUserInputError(`${at}.value`, `a ${o.status.toUpperCase()} observation needs a value or a low/high bound`);
        break;
      default:
        throw new UnreachableCaseError(o.status);
    }
  }
}
