const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The MOD11 check digit of the first eight digits of an organisasjonsnummer,
 * or null when no valid check digit exists (remainder 1 gives 10).
 */
export function orgNumberCheckDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  if (digit === 10) return null;
  return digit;
}

/** Why a string is not a valid organisasjonsnummer, or null when it is one. */
export function orgNumberProblem(value: string): string | null {
  if (!/^\d{9}$/.test(value)) return 'must be exactly 9 digits';
  if (!/^[89]/.test(value)) return 'must start with 8 or 9 (Enhetsregisteret numbers do)';
  const expected = orgNumberCheckDigit(value.slice(0, 8));
  if (expected === null) return 'has no valid MOD11 check digit (the first eight digits cannot form an organisasjonsnummer)';
  if (expected !== Number(value[8])) return `fails the MOD11 check: the last digit should be ${expected}`;
  return null;
}

export const isOrgNumber = (value: string) => orgNumberProblem(value) === null;
