import { parse } from 'csv-parse/sync';
import JSONstat from 'jsonstat-toolkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIndicators } from '../../subgraphs/indicators/index.js';
import type { JsonStatDataset } from '../../subgraphs/indicators/rules/json-stat.js';
import { tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { expectConsistent, expectSameCells } from '../unit/indicators-export-helpers.js';
import { addHiddenIndicator } from './indicators-fixture.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let researcher: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createIndicators(testEnvironment()));
  researcher = await tokenFor({ role: 'researcher' });
  await addHiddenIndicator(subgraph.service.orm.em.fork());
});
afterAll(() => subgraph?.close());

async function get(path: string, token?: string) {
  const response = await fetch(new URL(path, subgraph.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

const SELECTION =
  'indicators=test_hidden,tfou_contributing_organisations,voluntary_fte_care&areas=NO,56,5601,4030,1505&periods=2010-01-01/2026-12-31';

describe('exports over HTTP', () => {
  it('writes a consistent JSON-stat 2.0 dataset that jsonstat-toolkit reads back', async () => {
    const { status, type, text } = await get(`/export/observations.json-stat?${SELECTION}`, researcher);
    expect(status).toBe(200);
    expect(type).toMatch(/application\/json/);
    const ds = JSON.parse(text) as JsonStatDataset;
    expectConsistent(ds);
    expect(ds.dimension.indicator.category.index).toEqual(['test_hidden', 'tfou_contributing_organisations', 'voluntary_fte_care']);
    expect(ds.dimension.area.category.index).toEqual(['NO', '56', '1505', '4030', '5601']);
    expect(ds.dimension.period.category.index).toEqual(['2012', '2014', '2025']);
    expect(ds.source).toMatch(/Solbjør.*Trøndelag Forskning og Utvikling/);
    expect(ds.source).toMatch(/Velferd i nytt terreng/);
    const cube = JSONstat(structuredClone(ds)); // the toolkit rewrites what it is given
    expect(cube.Data({ indicator: 'test_hidden', area: '56', period: '2025' })).toEqual({ value: null, status: ':' });
    expect(cube.Data({ indicator: 'test_hidden', area: 'NO', period: '2025' })).toEqual({ value: 40, status: '*' });
    expect(cube.Data({ indicator: 'tfou_contributing_organisations', area: '5601', period: '2012' })!.value).toBe(3);
    const nationalRange = (ds.dimension.indicator.category.index.indexOf('voluntary_fte_care') * 5 + 0) * 3 + 1;
    expect([ds.value[nationalRange], ds.extension.low![nationalRange], ds.extension.high![nationalRange]]).toEqual([null, 5000, 10000]);
  });

  it('writes a CSV of the same cells', async () => {
    const [csv, json] = await Promise.all([
      get(`/export/observations.csv?${SELECTION}`, researcher),
      get(`/export/observations.json-stat?${SELECTION}`, researcher),
    ]);
    expect(csv.type).toMatch(/text\/csv/);
    const rows = expectSameCells(csv.text, JSON.parse(json.text));
    expect(rows).toHaveLength(3 + 3 + 1);
  });

  it('takes repeated parameters as well as comma lists', async () => {
    const { text } = await get('/export/observations.csv?indicators=tfou_formal_agreement&areas=1824&areas=5037', researcher);
    expect((parse(text, { columns: true }) as { area: string }[]).map((r) => r.area)).toEqual(['1824', '5037']);
  });

  it('gives anonymous callers only published indicators and no provisional values', async () => {
    const all = JSON.parse((await get('/export/observations.json-stat')).text) as JsonStatDataset;
    expect(all.dimension.indicator.category.index).not.toContain('test_hidden');
    expect(Object.values(all.status ?? {})).not.toContain('*');
    const theirs = JSON.parse((await get('/export/observations.json-stat', researcher)).text) as JsonStatDataset;
    expect(theirs.dimension.indicator.category.index).toContain('test_hidden');
    expect(Object.values(theirs.status ?? {})).toContain('*');
    const refused = await get('/export/observations.csv?indicators=test_hidden');
    expect(refused.status).toBe(400);
  });

  it('refuses bad filters with the field named, as the GraphQL query does', async () => {
    const cases: [string, string, RegExp][] = [
      ['indicators=voluntary_fte_care,nope', 'indicators[1]', /"nope" is not a known indicator code/],
      ['areas=9999', 'areas[0]', /"9999" is not a municipality/],
      ['areas=NO,77', 'areas[1]', /"77" is not a county/],
      ['periods=2026-02-30/2026-03-01', 'periods[0]', /not a calendar date/],
      ['periods=20', 'periods[0]', /"20" is not a period/],
      ['areaLevel=kommune', 'areaLevel', /"kommune" is not an area level/],
    ];
    for (const [query, field, message] of cases) {
      for (const format of ['csv', 'json-stat']) {
        const { status, text } = await get(`/export/observations.${format}?${query}`);
        expect(status, query).toBe(400);
        const { errors } = JSON.parse(text);
        expect(errors[0].extensions, query).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(errors[0].message, query).toMatch(message);
      }
    }
  });

  it('refuses a token that does not verify', async () => {
    const { status, text } = await get('/export/observations.csv', 'not-a-token');
    expect(status).toBe(401);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
