/** Hours in one year: all logged, and those approved. */
interface YearTotal {
  year: number;
  hours: number;
  approvedHours: number;
}

/** Totals per year, newest first. */
export function totalsByYear(entries: readonly { date: string; hours: number; approved: boolean }[]): YearTotal[] {
  const years = new Map<number, YearTotal>();
  for (const e of entries) {
    const year = Number(e.date.slice(0, 4));
    const total = years.get(year) ?? { year, hours: 0, approvedHours: 0 };
    total.hours += e.hours;
    if (e.approved) total.approvedHours += e.hours;
    years.set(year, total);
  }
  return [...years.values()].sort((a, b) => b.year - a.year);
}
