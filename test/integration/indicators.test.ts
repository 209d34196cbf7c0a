import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Indicator } from '../../subgraphs/indicators/entities/indicator.entity.js';
import { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { createIndicators } from '../../subgraphs/indicators/index.js';
import { SEED_INDICATORS } from '../../subgraphs/indicators/seed/sources.js';
import { LIVE_INDICATORS } from '../../subgraphs/indicators/live/indicators.types.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { addHiddenIndicator } from './indicators-fixture.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let researcher: string;
const statements: string[] = [];
beforeAll(async () => {
  subgraph = await startSubgraph(createIndicators(testEnvironment()), { onQuery: (sql) => statements.push(sql) });
  researcher = await tokenFor({ role: 'researcher' });
  await addHiddenIndicator(subgraph.service.orm.em.fork());
});
afterAll(() => subgraph?.close());

const OBSERVATIONS = `query ($indicators: [String!], $areas: [String!], $areaLevel: AreaLevel, $periods: [String!], $first: Int) {
  observations(indicators: $indicators, areas: $areas, areaLevel: $areaLevel, periods: $periods, first: $first) {
    totalCount edges { node { indicatorCode areaCode areaLevel period value low high status note } }
  }
}`;
const nodes = (data: any) => data.observations.edges.map((e: any) => e.node);

describe('indicator definitions', () => {
  it('every seeded indicator cites its source: publication, year and its observations', async () => {
    const { data } = await gql(
      subgraph.url,
      '{ indicators { code sourcePublication sourceYear sourceUrl method live observations(first: 100) { totalCount } } }',
    );
    const byCode = new Map(data.indicators.map((i: any) => [i.code, i]));
    for (const seeded of SEED_INDICATORS) {
      const found: any = byCode.get(seeded.code);
      expect(found, seeded.code).toBeDefined();
      expect(found.sourcePublication.length, seeded.code).toBeGreaterThan(30);
      expect(found.sourceYear, seeded.code).toBeGreaterThanOrEqual(2012);
      expect(found.method.length, seeded.code).toBeGreaterThan(10);
      expect(found.live, seeded.code).toBe(false);
      expect(found.observations.totalCount, seeded.code).toBe(seeded.observations.length);
    }
    for (const live of LIVE_INDICATORS)
      expect(byCode.get(live.code), live.code).toMatchObject({ live: true, sourcePublication: expect.stringMatching(/Samspill/) });
  });

  it('holds the figures of the sources', async () => {
    const { data } = await gql(subgraph.url, OBSERVATIONS, { areas: ['NO'], periods: ['2010-01-01/2016-12-31'], first: 100 });
    const get = (code: string) => nodes(data).find((n: any) => n.indicatorCode === code);
    expect(get('voluntary_fte_care')).toMatchObject({ value: null, low: 5000, high: 10000, period: '2014' });
    expect(get('paid_fte_municipal_care')).toMatchObject({ value: 130000 });
    expect(get('family_caregiver_fte')).toMatchObject({ value: 100000 });
    expect(get('share_written_agreements')).toMatchObject({ value: 40, note: expect.stringMatching(/n = 90/) });
    expect(get('share_volunteer_policy')).toMatchObject({ value: 13, period: '2016' });
    expect(get('share_weekly_contact')).toMatchObject({ value: 50, period: '2012' });
  });

  it('filters by topic and finds one by code', async () => {
    const { data } = await gql(
      subgraph.url,
      '{ indicators(topic: "policy") { code } indicator(code: "share_volunteer_policy") { nameEn sourceYear } }',
    );
    expect(data.indicators.map((i: any) => i.code).sort()).toEqual([
      'share_volunteer_policy',
      'volunteer_policy',
      'volunteer_policy_share',
    ]);
    expect(data.indicator).toEqual({ nameEn: 'Share of municipalities with their own volunteer policy', sourceYear: 2016 });
  });
});

describe('Indicator.observations', () => {
  it("pages every indicator's observations with one query for the page and one for the totals", async () => {
    const query = `query ($after: String) { indicators(topic: "cooperation") { code observations(first: 3, after: $after, periods: ["2012"]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { areaCode periodStart periodEnd updatedAt } } } } }`;
    statements.length = 0;
    const { data, errors } = await gql(subgraph.url, query);
    expect(errors).toBeUndefined();
    expect(statements.filter((sql) => /^select/i.test(sql) && /observation/.test(sql))).toHaveLength(2);
    const tfou = data.indicators.find((i: any) => i.code === 'tfou_contributing_organisations').observations;
    expect(tfou.totalCount).toBe(7);
    expect(tfou.edges.map((e: any) => e.node.areaCode)).toEqual(['1130', '1505', '1824']);
    const weekly = data.indicators.find((i: any) => i.code === 'share_weekly_contact').observations;
    expect(weekly.edges.map((e: any) => e.node)).toEqual([
      { areaCode: 'NO', periodStart: '2012-01-01', periodEnd: '2012-12-31', updatedAt: expect.stringMatching(/^20\d\d-.*Z$/) },
    ]);
    const next = await gql(subgraph.url, query, { after: tfou.pageInfo.endCursor });
    const rest = next.data.indicators.find((i: any) => i.code === 'tfou_contributing_organisations').observations;
    expect(rest.edges.map((e: any) => e.node.areaCode)).toEqual(['4030', '5037', '5501']);
    expect(next.data.indicators.find((i: any) => i.code === 'share_weekly_contact').observations).toMatchObject({
      totalCount: 1,
      edges: [],
    });
  });
});

describe('observations', () => {
  it('gives municipal, county and national rows side by side', async () => {
    const { data, errors } = await gql(subgraph.url, OBSERVATIONS, { areas: ['5601', '56', 'NO'] }, researcher);
    expect(errors).toBeUndefined();
    const levels = new Set(nodes(data).map((n: any) => n.areaLevel));
    expect(levels).toEqual(new Set(['MUNICIPALITY', 'COUNTY', 'COUNTRY']));
    // Country first, then county, then municipality, per indicator
    const hidden = nodes(data)
      .filter((n: any) => n.indicatorCode === 'test_hidden')
      .map((n: any) => n.areaCode);
    expect(hidden).toEqual(['NO', '56', '5601']);
  });

  it('filters by area level and by periods that contain the observation', async () => {
    const county = await gql(subgraph.url, OBSERVATIONS, { areaLevel: 'COUNTY' }, researcher);
    expect(nodes(county.data).every((n: any) => n.areaLevel === 'COUNTY')).toBe(true);
    const in2012 = await gql(subgraph.url, OBSERVATIONS, {
      indicators: ['tfou_contributing_organisations'],
      periods: ['2012'],
      first: 100,
    });
    expect(in2012.data.observations.totalCount).toBe(7);
    const none = await gql(subgraph.url, OBSERVATIONS, {
      indicators: ['tfou_contributing_organisations'],
      periods: ['2012-01-01/2012-06-30'],
    });
    expect(none.data.observations.totalCount).toBe(0);
  });

  it('pages with totalCount', async () => {
    const { data } = await gql(subgraph.url, OBSERVATIONS, { first: 2 });
    expect(data.observations.edges).toHaveLength(2);
    expect(data.observations.totalCount).toBeGreaterThan(2);
  });
});

describe('who sees what', () => {
  it('hides unpublished indicators and provisional values from anonymous callers', async () => {
    const anonymous = await gql(subgraph.url, '{ indicators { code } indicator(code: "test_hidden") { code } }');
    expect(anonymous.data.indicators.map((i: any) => i.code)).not.toContain('test_hidden');
    expect(anonymous.data.indicator).toBeNull();
    const seen = await gql(
      subgraph.url,
      '{ indicators { code } indicator(code: "test_hidden") { code observations { edges { node { status } } } } }',
      undefined,
      researcher,
    );
    expect(seen.data.indicator.observations.edges.map((e: any) => e.node.status)).toContain('PROVISIONAL');
    const provisional = await gql(subgraph.url, OBSERVATIONS, { indicators: ['agreements_total'] });
    expect(nodes(provisional.data).map((n: any) => n.status)).not.toContain('PROVISIONAL');
    const researched = await gql(subgraph.url, OBSERVATIONS, { indicators: ['agreements_total'] }, researcher);
    expect(nodes(researched.data).map((n: any) => n.status)).toContain('PROVISIONAL');
  });

  it('answers Municipality and County through federation, within the same rules', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Municipality { code observations(periods: ["2012"]) { indicatorCode value } indicators { code } }
      ... on County { code observations { indicatorCode areaCode } indicators { code } } } }`;
    const r = [
      { __typename: 'Municipality', code: '1824' },
      { __typename: 'County', code: '56' },
    ];
    const { data, errors } = await gql(subgraph.url, query, { r });
    expect(errors).toBeUndefined();
    expect(data._entities[0].observations).toEqual([
      { indicatorCode: 'tfou_contributing_organisations', value: 1 },
      { indicatorCode: 'tfou_formal_agreement', value: 1 },
    ]);
    expect(data._entities[0].indicators.map((i: any) => i.code)).toEqual([
      'population',
      'tfou_contributing_organisations',
      'tfou_formal_agreement',
    ]);
    expect(data._entities[1].observations.map((o: any) => o.indicatorCode)).not.toContain('test_hidden');
    const researched = await gql(subgraph.url, query, { r }, researcher);
    expect(researched.data._entities[1].indicators.map((i: any) => i.code)).toContain('test_hidden');
  });
});

describe('area fields in one statement', () => {
  const FIELDS = 'id indicatorCode areaLevel areaCode period periodStart periodEnd value low high status note source updatedAt';
  const areas = ['5601', '1824', '56', '0301'];
  const representations = areas.map((code) => ({ __typename: code.length === 4 ? 'Municipality' : 'County', code }));
  const entities = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Municipality { observations { ${FIELDS} } } ... on County { observations { ${FIELDS} } } } }`;

  for (const role of ['anonymous', 'researcher'] as const) {
    it(`gives ${role} callers the rows the observations query gives, every field, with one statement for all areas`, async () => {
      const token = role === 'researcher' ? researcher : undefined;
      const listed = await gql(
        subgraph.url,
        `query ($areas: [String!]) { observations(areas: $areas, first: 100) { totalCount edges { node { ${FIELDS} } } } }`,
        { areas },
        token,
      );
      expect(listed.errors).toBeUndefined();
      const expected = nodes(listed.data);
      expect(expected.length).toBe(listed.data.observations.totalCount);
      const before = statements.length;
      const { data, errors } = await gql(subgraph.url, entities, { r: representations }, token);
      expect(errors).toBeUndefined();
      expect(statements.slice(before).filter((sql) => /from [`"]?observation/.test(sql))).toHaveLength(1);
      for (const [i, code] of areas.entries()) {
        expect(data._entities[i].observations, code).toEqual(expected.filter((o: any) => o.areaCode === code));
      }
      const statuses = data._entities.flatMap((e: any) => e.observations.map((o: any) => `${o.indicatorCode}:${o.status}`));
      if (role === 'anonymous') {
        expect(statuses.filter((s: string) => s.startsWith('test_hidden') || s.endsWith('PROVISIONAL'))).toEqual([]);
      } else {
        expect(statuses).toEqual(expect.arrayContaining(['test_hidden:FINAL', 'test_hidden:SUPPRESSED', 'agreements_total:PROVISIONAL']));
      }
    });
  }

  it('keeps the indicators and periods filters of the field', async () => {
    const { data, errors } = await gql(
      subgraph.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { observations(indicators: ["population"], periods: ["2020-01-01/2024-12-31"]) { indicatorCode period value } } } }`,
      { r: [{ __typename: 'Municipality', code: '5601' }] },
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0].observations).toEqual([{ indicatorCode: 'population', period: '2024', value: expect.any(Number) }]);
  });
});

describe('bad filters', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an unknown indicator code',
      { indicators: ['voluntary_fte_care', 'no_such_indicator'] },
      'indicators[1]',
      /"no_such_indicator" is not a known indicator code/,
    ],
    [
      'an unpublished indicator for an anonymous caller',
      { indicators: ['test_hidden'] },
      'indicators[0]',
      /"test_hidden" is not a known indicator code/,
    ],
    ['a municipality that does not exist', { areas: ['5601', '9999'] }, 'areas[1]', /"9999" is not a municipality in the 2024 division/],
    ['a county that does not exist', { areas: ['99'] }, 'areas[0]', /"99" is not a county/],
    ['an area code of no kind', { areas: ['Alta'] }, 'areas[0]', /"Alta" is not an area code/],
    [
      'a malformed period',
      { periods: ['2026', '2026-13-01/2026-12-31'] },
      'periods[1]',
      /starts with "2026-13-01", which is not a calendar date/,
    ],
    ['a period that ends before it starts', { periods: ['2026-06-30/2026-01-01'] }, 'periods[0]', /ends before it starts/],
  ];
  for (const [what, variables, field, message] of cases) {
    it(`refuses ${what}, naming ${field}`, async () => {
      const response = await gql(subgraph.url, OBSERVATIONS, variables);
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions).toMatchObject({ field });
      expect(response.errors![0].message).toMatch(message);
    });
  }

  it('refuses the same on Municipality.observations', async () => {
    const response = await gql(
      subgraph.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { observations(indicators: ["nope"]) { value } } } }',
      {
        r: [{ __typename: 'Municipality', code: '5601' }],
      },
    );
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'indicators[0]' } });
  });
});

describe('the database', () => {
  it('holds one observation per indicator, area and period', async () => {
    const em = subgraph.service.orm.em.fork();
    const rows = await em.find(Observation, {});
    expect(new Set(rows.map((o) => `${o.indicatorCode}|${o.areaCode}|${o.period}`)).size).toBe(rows.length);
    // The sources, the population, the live indicators and the test's hidden one
    expect(await em.count(Indicator, {})).toBe(SEED_INDICATORS.length + 1 + LIVE_INDICATORS.length + 1);
  });
});
