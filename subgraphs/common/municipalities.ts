import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

interface MunicipalityRow {
  code: string;
  name: string;
  samiName: string | null;
  countyCode: string;
  countyName: string;
}

/**
 * The 2024 municipality division (SSB Klass 131): 357 municipalities in 15 counties.
 * It is a shared code list, like a currency list: every subgraph validates
 * municipality codes against it; the organisations subgraph owns the entities.
 */
export const MUNICIPALITIES: readonly MunicipalityRow[] = (
  parse(readFileSync(new URL('./data/municipalities-2024.csv', import.meta.url)), { columns: true }) as Record<string, string>[]
).map((row) => ({
  code: row.code,
  name: row.name,
  samiName: row.sami_name || null,
  countyCode: row.county_code,
  countyName: row.county_name,
}));

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const counties = new Map(MUNICIPALITIES.map((m) => [m.countyCode, m.countyName]));

export const municipalityByCode = (code: string) => byCode.get(code);
export const isMunicipalityCode = (code: string) => byCode.has(code);
export const isCountyCode = (code: string) => counties.has(code);
export const COUNTIES: readonly { code: string; name: string }[] = [...counties].map(([code, name]) => ({ code, name }));
