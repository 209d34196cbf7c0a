import { readdirSync, readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/knex';
import type { Clock } from '../../common/clock.js';
import { seedId } from '../../common/seed-ids.js';
import { Observation } from '../entities/observation.entity.js';
import { ObservationStatus } from '../enums.js';
import { areaOf } from '../rules/areas.js';
import { areaPopulations, parsePopulation, POPULATION_CODE, POPULATION_FILE } from '../rules/population.js';
import type { IndicatorDefinition } from '../rules/definitions.js';

/** The denominator of every per-inhabitant figure. */
export const POPULATION_INDICATOR: IndicatorDefinition = {
  code: POPULATION_CODE,
  nameNb: 'Folkemengde 1. januar',
  nameEn: 'Population on 1 January',
  description: 'Folkemengden i kommunen per 1. januar i året; fylke og land er summen av kommunene.',
  unit: 'personer',
  unitEn: 'persons',
  decimals: 0,
  topic: 'population',
  source: {
    publication: 'Statistisk sentralbyrå (SSB): Befolkning, tabell 07459 (folkemengde 1. januar), NLOD 2.0',
    year: 2024,
    url: 'https://www.ssb.no/statbank/table/07459',
  },
  method:
    'Folkemengde 1. januar fra SSB tabell 07459, per kommune i inndelingen 2024, lest fra subgraphs/indicators/seed/population-<år>.csv (samlet av norway-geodata, MIT; landstallet 5 550 203 for 2024 er SSBs publiserte tall). ' +
    'Fylke og land er summen av kommunene. Et nytt år legges til med en fil av samme form.',
};

/** The population files beside this one, by year: population-2024.csv, and any later year of the same shape. */
function populationFiles(dir: URL): { year: number; file: string; url: URL }[] {
  return readdirSync(dir).flatMap((file) => {
    const match = POPULATION_FILE.exec(file);
    return match ? [{ year: Number(match[1]), file, url: new URL(file, dir) }] : [];
  });
}

/**
 * The population observations of every file that are not stored yet, for municipalities,
 * counties and the country, period the year (population on 1 January of that year).
 * A bad file stops the start, naming the file and line.
 */
export async function populationObservations(
  em: EntityManager,
  clock: Clock,
  dir = new URL('./', import.meta.url),
): Promise<Observation[]> {
  const rows = populationFiles(dir).flatMap(({ year, file, url }) =>
    [...areaPopulations(parsePopulation(readFileSync(url, 'utf8'), year, file))].map(([areaCode, value]) => ({ year, areaCode, value })),
  );
  const id = (r: { year: number; areaCode: string }) => seedId('observation', `${POPULATION_CODE}:${r.areaCode}:${r.year}`);
  const stored = new Set((await em.find(Observation, { indicatorCode: POPULATION_CODE }, { fields: ['id'] })).map((o) => o.id));
  const updatedAt = clock.now();
  return rows.flatMap((r) => {
    const area = areaOf(r.areaCode);
    if (!area || stored.has(id(r))) return [];
    return [
      em.create(
        Observation,
        {
          id: id(r),
          indicatorCode: POPULATION_CODE,
          areaLevel: area.level,
          areaCode: r.areaCode,
          period: String(r.year),
          periodStart: `${r.year}-01-01`,
          periodEnd: `${r.year}-12-31`,
          value: r.value,
          status: ObservationStatus.FINAL,
          updatedAt,
        },
        { persist: false },
      ),
    ];
  });
}
