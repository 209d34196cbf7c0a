import { parse } from 'csv-parse/sync';
import { MUNICIPALITIES } from '../../common/municipalities.js';
import { COUNTRY_CODE } from '../enums.js';

/** The indicator the per-inhabitant figures are divided by. */
export const POPULATION_CODE = 'population';

/** A population file's name: population-<year>.csv. */
export const POPULATION_FILE = /^population-(\d{4})\.csv$/;

class PopulationFileError extends Error {}

/**
 * The population per municipality from a file of the shape of SSB's table 07459 as
 * copied into seed/ (`code,population_<year>_01_01,area_km2`, one row per municipality
 * of the 2024 division). Any other shape, an unknown or missing municipality, or a count
 * that is not a positive whole number stops with the file and line named.
 */
export function parsePopulation(text: string, year: number, file: string): Map<string, number> {
  const column = `population_${year}_01_01`;
  const rows: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true, trim: true });
  const header = rows.length ? Object.keys(rows[0]) : [];
  if (!header.includes('code') || !header.includes(column)) {
    throw new PopulationFileError(
      `${file}: needs the columns "code" and "${column}", has ${header.map((h) => `"${h}"`).join(', ') || 'none'}`,
    );
  }
  const known = new Set(MUNICIPALITIES.map((m) => m.code));
  const population = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    if (!known.has(row.code)) throw new PopulationFileError(`${file}:${line}: "${row.code}" is not a municipality of the 2024 division`);
    if (population.has(row.code)) throw new PopulationFileError(`${file}:${line}: "${row.code}" appears more than once`);
    const count = Number(row[column]);
    if (!Number.isSafeInteger(count) || count <= 0)
      throw new PopulationFileError(`${file}:${line}: "${row[column]}" is not a population (a whole number above 0)`);
    population.set(row.code, count);
  });
  const absent = [...known].filter((code) => !population.has(code));
  if (absent.length)
    throw new PopulationFileError(
      `${file}: no row for ${absent.length} municipalities (${absent.slice(0, 5).join(', ')}${absent.length > 5 ? ' …' : ''})`,
    );
  return population;
}

/** Every area's population from its municipalities': each county the sum of its own, the country the sum of all. */
export function areaPopulations(byMunicipality: ReadonlyMap<string, number>): Map<string, number> {
  const areas = new Map(byMunicipality);
  let country = 0;
  for (const m of MUNICIPALITIES) {
    const count = byMunicipality.get(m.code);
    if (count === undefined) continue;
    areas.set(m.countyCode, (areas.get(m.countyCode) ?? 0) + count);
    country += count;
  }
  areas.set(COUNTRY_CODE, country);
  return areas;
}
