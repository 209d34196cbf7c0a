import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parsePopulation, areaPopulations } from '../../subgraphs/indicators/rules/population.js';
import { perInhabitants, populationYearFor } from '../../subgraphs/indicators/rules/per-inhabitant.js';
import { STATUS_CODES, statusSymbol } from '../../subgraphs/indicators/rules/status.js';
import { ObservationStatus as S } from '../../subgraphs/indicators/enums.js';

const FILE = readFileSync(new URL('../../subgraphs/indicators/seed/population-2024.csv', import.meta.url), 'utf8');

describe('the population file', () => {
  it('gives every municipality of the 2024 division, summing to SSB’s national figure', () => {
    const population = parsePopulation(FILE, 2024, 'population-2024.csv');
    expect(population.size).toBe(357);
    expect(population.get('5601')).toBe(21708);
    expect(population.get('0301')).toBe(717710);
    const areas = areaPopulations(population);
    expect(areas.get('NO')).toBe(5_550_203);
    expect(areas.get('03')).toBe(717710);
  });

  it('refuses a file of another shape, naming the file and the line', () => {
    expect(() => parsePopulation(FILE, 2025, 'population-2025.csv')).toThrow(
      /population-2025\.csv: needs the columns "code" and "population_2025_01_01"/,
    );
    expect(() => parsePopulation(FILE.replace('5601,21708', '5601,-3'), 2024, 'f.csv')).toThrow(/f\.csv:\d+: "-3" is not a population/);
    expect(() => parsePopulation(FILE.replace(/\n5601,[^\n]*/, ''), 2024, 'f.csv')).toThrow(/no row for 1 municipalities \(5601\)/);
    expect(() => parsePopulation(`${FILE}5601,1,1\n`, 2024, 'f.csv')).toThrow(/"5601" appears more than once/);
  });
});

describe('per inhabitants', () => {
  it('scales a value, keeps a bound a bound and a held-back cell held back', () => {
    expect(perInhabitants({ areaCode: '5601', value: 100, status: S.FINAL }, 21708, 1000, 2, 'p')).toEqual({
      areaCode: '5601',
      value: 4.61,
      status: S.FINAL,
      note: '= 100 × 1000 / 21708 (p)',
    });
    expect(
      perInhabitants({ areaCode: '56', value: null, low: 100, status: S.SUPPRESSED, note: 'nedre grense' }, 75053, 1000, 2, 'p'),
    ).toMatchObject({ value: null, low: 1.33, status: S.SUPPRESSED });
    expect(perInhabitants({ areaCode: '5634', value: null, status: S.MISSING }, 1972, 1000, 2, 'p')).toMatchObject({
      value: null,
      status: S.MISSING,
    });
    expect(perInhabitants({ areaCode: '5601', value: 1, status: S.FINAL }, undefined, 1000, 2, 'p')).toMatchObject({
      value: null,
      status: S.MISSING,
    });
  });

  it('divides by the population of the year, else the latest before, else the earliest after', () => {
    expect(populationYearFor(2026, [2024, 2025])).toBe(2025);
    expect(populationYearFor(2024, [2024, 2025])).toBe(2024);
    expect(populationYearFor(2012, [2024])).toBe(2024);
    expect(populationYearFor(2024, [])).toBeNull();
  });
});

describe('the status code list', () => {
  it('uses SSB’s symbols, one per status, and none for a final value', () => {
    expect(STATUS_CODES.map((c) => [c.status, c.symbol])).toEqual([
      [S.FINAL, ''],
      [S.PROVISIONAL, '*'],
      [S.SUPPRESSED, ':'],
      [S.MISSING, '..'],
    ]);
    expect(statusSymbol(S.FINAL)).toBeNull();
    for (const c of STATUS_CODES) expect(c.label.en.length && c.label.nb.length).toBeGreaterThan(0);
  });
});

describe('the restricted tag', () => {
  it('marks every field whose answer depends on the role: unpublished indicators and provisional values', () => {
    const sdl = parse(readFileSync(new URL('../../schema/indicators.graphql', import.meta.url), 'utf8'));
    const tagged = sdl.definitions.flatMap((d) =>
      (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION ? [d] : [])
        .flatMap((t) => t.fields ?? [])
        .filter((f) =>
          f.directives?.some(
            (x) => x.name.value === 'tag' && x.arguments?.some((a) => a.value.kind === Kind.STRING && a.value.value === 'restricted'),
          ),
        )
        .map((f) => `${'name' in d && d.name ? d.name.value : ''}.${f.name.value}`),
    );
    for (const field of [
      'Query.observations',
      'Query.indicators',
      'Query.indicator',
      'Indicator.observations',
      'Indicator.periods',
      'Indicator.lastUpdated',
      'Municipality.observations',
      'County.observations',
    ]) {
      expect(tagged, field).toContain(field);
    }
    expect(tagged).not.toContain('Indicator.code');
  });
});
