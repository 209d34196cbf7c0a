/** Age bands of the statistics; the age is the one reached in the year. */
type AgeBand = 'under_30' | '30_49' | '50_66' | '67_plus' | 'unknown';

export function ageBand(birthYear: number | null, year: number): AgeBand {
  if (birthYear == null) return 'unknown';
  const age = year - birthYear;
  if (age < 30) return 'under_30';
  if (age < 50) return '30_49';
  if (age < 67) return '50_66';
  return '67_plus';
}
