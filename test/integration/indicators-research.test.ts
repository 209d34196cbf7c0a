import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import JSONstat from 'jsonstat-toolkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTIES, MUNICIPALITIES } from '../../subgraphs/common/municipalities.js';
import { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { createIndicators } from '../../subgraphs/indicators/index.js';
import { LIVE_INDICATORS } from '../../subgraphs/indicators/live/indicators.types.js';
import type { JsonStatDataset } from '../../subgraphs/indicators/rules/json-stat.js';
import { SEED_INDICATORS } from '../../subgraphs/indicators/seed/sources.js';
import { populationObservations } from '../../subgraphs/indicators/seed/population.js';
import { testClock, testEnvironment } from '../helpers/clock.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { expectConsistent, expectSameCells } from '../unit/indicators-export-helpers.js';

let subgraph: RunningSubgraph;
let researcher: string;
const AREAS = MUNICIPALITIES.length + COUNTIES.length + 1;

/** A snapshot as the job stores it: Hasvik (5616) suppressed, so Finnmark (56) and the country are held back; Vardø (5634) missing. */
const HOURS = [
  { areaCode: '5601', value: 768, status: 'FINAL' },
  { areaCode: '5616', status: 'SUPPRESSED' },
  { areaCode: '5634', status: 'MISSING', note: 'ingen organisasjon har rapportert frivillige med godkjente timer' },
  { areaCode: '56', low: 768, status: 'SUPPRESSED', note: 'nedre grense' },
  { areaCode: 'NO', low: 768, status: 'SUPPRESSED' },
];

beforeAll(async () => {
  subgraph = await startSubgraph(createIndicators(testEnvironment()));
  researcher = await tokenFor({ role: 'researcher' });
  const service = await tokenFor({ role: 'service' });
  const replace = 'mutation ($input: ReplaceLiveObservationsInput!) { replaceLiveObservations(input: $input) { stored } }';
  for (const period of ['2023', '2024', '2025']) {
    const { errors } = await gql(
      subgraph.url,
      replace,
      { input: { indicatorCode: 'volunteer_hours', period, observations: HOURS } },
      service,
    );
    expect(errors).toBeUndefined();
  }
});
afterAll(() => subgraph?.close());

async function get(pathAndQuery: string, token?: string) {
  const response = await fetch(new URL(pathAndQuery, subgraph.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text() };
}
const jsonStat = async (query: string) => JSON.parse((await get(`/export/observations.json-stat?${query}`)).text) as JsonStatDataset;
const csvRows = async (query: string) =>
  parse((await get(`/export/observations.csv?${query}`)).text, { columns: true }) as Record<string, string>[];

describe('honest status in both formats', () => {
  it('exports a municipality with no data as missing: ".." in JSON-stat, empty value and "missing" in CSV', async () => {
    const cube = JSONstat(structuredClone(await jsonStat('indicators=volunteer_hours&areas=5634&periods=2025')));
    expect(cube.Data({ indicator: 'volunteer_hours', area: '5634', period: '2025' })).toEqual({ value: null, status: '..' });
    const [row] = await csvRows('indicators=volunteer_hours&areas=5634&periods=2025');
    expect(row).toMatchObject({ area: '5634', value: '', status: 'missing', status_symbol: '..' });
  });

  it('exports a county cell held back to protect a suppressed municipality as suppressed in both formats', async () => {
    const query = 'indicators=volunteer_hours&areas=56,NO,5616&periods=2025';
    const ds = await jsonStat(query);
    expectConsistent(ds);
    const cube = JSONstat(structuredClone(ds));
    for (const area of ['56', 'NO', '5616'])
      expect(cube.Data({ indicator: 'volunteer_hours', area, period: '2025' }), area).toEqual({ value: null, status: ':' });
    const rows = expectSameCells((await get(`/export/observations.csv?${query}`)).text, ds);
    expect(rows.find((r) => r.area === '56')).toMatchObject({ value: '', low: '768', status: 'suppressed', status_symbol: ':' });
    expect(ds.extension.status[':']).toMatch(/prikket/);
  });

  it('keeps the leading zero of an area code: quoted in the CSV, and prefixed in area_ref', async () => {
    const { text } = await get('/export/observations.csv?indicators=population&areas=0301,03,NO&periods=2024');
    expect(text).toMatch(/"0301",K-0301,Oslo,municipality/);
    expect(text).toMatch(/"03",F-03,Oslo,county/);
    // A reader that guesses types (as pandas does) turns the code into a number; area_ref stays text
    const typed = parse(text, { columns: true, cast: true }) as Record<string, unknown>[];
    expect(typed.map((r) => r.area_ref)).toEqual(['NO', 'F-03', 'K-0301']);
  });
});

describe('population and per-inhabitant figures', () => {
  it('loads the population of 1 January 2024 for every municipality, county and the country', async () => {
    const em = subgraph.service.orm.em.fork();
    expect(await em.count(Observation, { indicatorCode: 'population', period: '2024' })).toBe(AREAS);
    const rows = await csvRows('indicators=population&areas=5601,56,NO&periods=2024');
    expect(rows.map((r) => [r.area, Number(r.value)])).toEqual([
      ['NO', 5550203],
      ['56', 75053],
      ['5601', 21708],
    ]);
    expect(rows[0].source).toMatch(/Statistisk sentralbyrå.*07459/);
  });

  it('adds a later population year from a file of the same shape, leaving stored years alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'population-'));
    try {
      const source = readFileSync(new URL('../../subgraphs/indicators/seed/population-2024.csv', import.meta.url), 'utf8');
      writeFileSync(
        path.join(dir, 'population-2025.csv'),
        source.replace('population_2024_01_01', 'population_2025_01_01').replace('5601,21708,', '5601,21800,'),
      );
      writeFileSync(path.join(dir, 'population-2024.csv'), source);
      const em = subgraph.service.orm.em.fork();
      const added = await populationObservations(em, testClock(), pathToFileURL(`${dir}/`));
      expect(added).toHaveLength(AREAS);
      expect(new Set(added.map((o) => o.period))).toEqual(new Set(['2025']));
      expect(added.find((o) => o.areaCode === '5601')?.value).toBe(21800);
      writeFileSync(
        path.join(dir, 'population-2026.csv'),
        source.replace('population_2024_01_01', 'population_2026_01_01').replace('5601,21708,', '9999,21708,'),
      );
      await expect(populationObservations(em, testClock(), pathToFileURL(`${dir}/`))).rejects.toThrow(
        /population-2026\.csv:\d+: "9999" is not a municipality/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("holds the reports' own comparison of voluntary and paid care FTEs, with its formula and inputs", async () => {
    const { data } = await gql(
      subgraph.url,
      '{ indicator(code: "voluntary_per_paid_care_fte") { method unitEn observations { edges { node { areaCode period value low high } } } } }',
    );
    expect(data.indicator.method).toMatch(/5000 × 100 \/ 130000 = 3\.8.*10000 × 100 \/ 130000 = 7\.7/);
    expect(data.indicator.observations.edges.map((e: any) => e.node)).toEqual([
      { areaCode: 'NO', period: '2014', value: null, low: 3.8, high: 7.7 },
    ]);
  });
});

describe('the catalogue', () => {
  it('lists every indicator with its dimensions, periods, unit, source, method, last update and area vintage', async () => {
    const { status, text } = await get('/export/tables', researcher);
    expect(status).toBe(200);
    const catalogue = JSON.parse(text);
    const all = [...SEED_INDICATORS.map((i) => i.code), 'population', ...LIVE_INDICATORS.map((i) => i.code)].sort();
    expect(catalogue.tables.map((t: any) => t.id)).toEqual(all);
    const hours = catalogue.tables.find((t: any) => t.id === 'volunteer_hours');
    expect(hours).toMatchObject({
      periods: ['2023', '2024', '2025'],
      areaLevels: ['municipality', 'county', 'country'],
      areaVintage: '2024',
      live: true,
      unit: { label: 'timer' },
    });
    expect(hours.dimensions.map((d: any) => d.id)).toEqual(['indicator', 'area', 'period']);
    expect(Date.parse(hours.updated)).not.toBeNaN();
    expect(catalogue.tables.find((t: any) => t.id === 'tfou_formal_agreement')).toMatchObject({
      periods: ['2012'],
      source: { year: 2012 },
      method: expect.stringMatching(/inndelingen 2024/),
    });
    for (const table of catalogue.tables.filter((t: any) => !t.live)) expect(table.periods.length, table.id).toBeGreaterThan(0);
    expect(catalogue.statusCodes.map((c: any) => c.symbol)).toEqual([null, '*', ':', '..']);
  });

  it('speaks English with lang=en: labels and units', async () => {
    const catalogue = JSON.parse((await get('/export/tables?lang=en')).text);
    expect(catalogue.tables.find((t: any) => t.id === 'volunteer_fte')).toMatchObject({
      label: 'Volunteer full-time equivalents',
      unit: { label: 'full-time equivalents' },
    });
    expect(catalogue.tables.find((t: any) => t.id === 'population').unit.label).toBe('persons');
    const ds = await jsonStat('indicators=tfou_contributing_organisations,population&areas=NO,5601&periods=2012,2024&lang=en');
    expect(ds.dimension.indicator.category.unit).toMatchObject({
      population: { label: 'persons' },
      tfou_contributing_organisations: { label: 'count' },
    });
    expect(ds.dimension.area.category.label).toEqual({ NO: 'Norway', '5601': 'Alta' });
    expect(ds.dimension.period.label).toBe('period');
    expect(ds.note.join(' ')).toMatch(/confidential/);
    const [row] = await csvRows('indicators=volunteer_policy_share,population&areas=NO&periods=2024&lang=en');
    expect(row).toMatchObject({ indicator_name: 'Population on 1 January', unit: 'persons', area_name: 'Norway' });
  });

  it('is the same in GraphQL: Indicator.periods, areaLevels, lastUpdated, unitEn and areaVintage', async () => {
    const { data, errors } = await gql(
      subgraph.url,
      '{ indicators(topic: "volunteering") { code periods areaLevels lastUpdated unitEn areaVintage observationCount } }',
    );
    expect(errors).toBeUndefined();
    const hours = data.indicators.find((i: any) => i.code === 'volunteer_hours');
    expect(hours).toMatchObject({
      periods: ['2023', '2024', '2025'],
      areaLevels: ['MUNICIPALITY', 'COUNTY', 'COUNTRY'],
      unitEn: 'hours',
      areaVintage: '2024',
      observationCount: 15,
    });
    expect(Date.parse(hours.lastUpdated)).not.toBeNaN();
    expect(data.indicators.find((i: any) => i.code === 'volunteer_hours_per_1000')).toMatchObject({ periods: [], lastUpdated: null });
  });
});

describe('selections', () => {
  it('takes the latest N periods of each indicator', async () => {
    const ds = await jsonStat('indicators=volunteer_hours,population&areas=5601&latest=2');
    expect(ds.dimension.period.category.index).toEqual(['2024', '2025']);
    const cube = JSONstat(structuredClone(ds));
    expect(cube.Data({ indicator: 'population', area: '5601', period: '2024' })?.value).toBe(21708);
    expect(cube.Data({ indicator: 'volunteer_hours', area: '5601', period: '2024' })?.value).toBe(768);
    const { data } = await gql(
      subgraph.url,
      '{ observations(indicators: ["volunteer_hours"], areas: ["5601"], latest: 2) { edges { node { period } } } }',
    );
    expect(data.observations.edges.map((e: any) => e.node.period)).toEqual(['2024', '2025']);
    const one = await csvRows('indicators=volunteer_hours&areas=5601&latest=1');
    expect(one.map((r) => r.period)).toEqual(['2025']);
  });

  it('groups areas: a county with its municipalities, the whole country, or a list', async () => {
    const county = await jsonStat('indicators=population&within=56&periods=2024');
    expect(county.dimension.area.category.index).toEqual([
      '56',
      ...MUNICIPALITIES.filter((m) => m.countyCode === '56')
        .map((m) => m.code)
        .sort(),
    ]);
    const municipalities = await jsonStat('indicators=population&within=56&areaLevel=municipality&periods=2024');
    expect(municipalities.size[1]).toBe(MUNICIPALITIES.filter((m) => m.countyCode === '56').length);
    expect((await jsonStat('indicators=population&within=NO&periods=2024')).size[1]).toBe(AREAS);
    expect((await jsonStat('indicators=population&within=03&areas=5601&periods=2024')).dimension.area.category.index).toEqual([
      '03',
      '0301',
      '5601',
    ]);
  });

  it('refuses a bad grouping or number of periods, naming the field, in the exports and in GraphQL', async () => {
    for (const [query, field, message] of [
      ['within=5601', 'within[0]', /"5601" is a municipality/],
      ['within=99', 'within[0]', /"99" is not a county/],
      ['latest=0', 'latest', /0 is not a number of periods from 1 to 100/],
      ['latest=two', 'latest', /"two" is not a number of periods/],
      ['lang=de', 'lang', /"de" is not a language/],
    ] as const) {
      const { status, text } = await get(`/export/observations.csv?${query}`);
      expect(status, query).toBe(400);
      expect(JSON.parse(text).errors[0], query).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field },
        message: expect.stringMatching(message),
      });
    }
    const response = await gql(subgraph.url, '{ observations(latest: 101, within: ["56"]) { totalCount } }');
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0].extensions).toMatchObject({ field: 'latest' });
  });
});
