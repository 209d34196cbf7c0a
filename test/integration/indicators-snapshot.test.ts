import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { createIndicators } from '../../subgraphs/indicators/index.js';
import { codes, gql, tokenFor } from '../helpers/graphql.js';
import { startSubgraph, type RunningSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

let subgraph: RunningSubgraph;
let service: string;
beforeAll(async () => {
  subgraph = await startSubgraph(createIndicators(testEnvironment()));
  service = await tokenFor({ role: 'service' });
});
afterAll(() => subgraph?.close());

const REPLACE =
  'mutation ($input: ReplaceLiveObservationsInput!) { replaceLiveObservations(input: $input) { indicatorCode period removed stored } }';
const replace = (input: Record<string, unknown>, token = service) => gql(subgraph.url, REPLACE, { input }, token);
const count = (where: Record<string, unknown> = {}) => subgraph.service.orm.em.fork().count(Observation, where);

const HOURS = [
  { areaCode: '5601', value: 768, status: 'PROVISIONAL' },
  { areaCode: '1505', status: 'SUPPRESSED' },
  { areaCode: '56', value: null, low: 768, status: 'PROVISIONAL', note: 'nedre grense' },
  { areaCode: 'NO', value: null, low: 768, status: 'PROVISIONAL' },
];

describe('replaceLiveObservations', () => {
  it('is refused for anonymous callers and researchers', async () => {
    const input = { indicatorCode: 'volunteer_hours', period: '2026', observations: HOURS };
    expect(codes(await replace(input, ''))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await replace(input, await tokenFor({ role: 'researcher' })))).toEqual(['FORBIDDEN']);
    expect(await count({ indicatorCode: 'volunteer_hours' })).toBe(0);
  });

  it('stores a period and, run again, replaces it instead of adding to it', async () => {
    const first = await replace({ indicatorCode: 'volunteer_hours', period: '2026', observations: HOURS });
    expect(first.data.replaceLiveObservations).toEqual({ indicatorCode: 'volunteer_hours', period: '2026', removed: 0, stored: 4 });
    const again = await replace({ indicatorCode: 'volunteer_hours', period: '2026', observations: HOURS.slice(0, 3) });
    expect(again.data.replaceLiveObservations).toMatchObject({ removed: 4, stored: 3 });
    expect(await count({ indicatorCode: 'volunteer_hours', period: '2026' })).toBe(3);
    await replace({ indicatorCode: 'volunteer_hours', period: '2025', observations: HOURS });
    expect(await count({ indicatorCode: 'volunteer_hours' })).toBe(7);
    const stored = await subgraph.service.orm.em
      .fork()
      .findOneOrFail(Observation, { indicatorCode: 'volunteer_hours', period: '2026', areaCode: '1505' });
    expect(stored).toMatchObject({
      value: null,
      status: 'suppressed',
      areaLevel: 'municipality',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
  });

  const refusals: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown indicator', { indicatorCode: 'nope' }, 'input.indicatorCode', /"nope" is not a known indicator code/],
    [
      'an indicator from the sources',
      { indicatorCode: 'voluntary_fte_care' },
      'input.indicatorCode',
      /source document.*only live indicators/,
    ],
    ['a malformed period', { period: '2026-1' }, 'input.period', /not a period/],
    [
      'an unknown area',
      { observations: [{ areaCode: '0000', value: 1, status: 'FINAL' }] },
      'input.observations[0].areaCode',
      /"0000" is not a municipality/,
    ],
    ['an area twice', { observations: [HOURS[0], HOURS[0]] }, 'input.observations[1].areaCode', /appears more than once/],
    [
      'a suppressed cell with a value',
      { observations: [{ areaCode: '5601', value: 3, status: 'SUPPRESSED' }] },
      'input.observations[0].value',
      /must be null when the status is SUPPRESSED/,
    ],
    [
      'a final cell without a value',
      { observations: [{ areaCode: '5601', status: 'FINAL' }] },
      'input.observations[0].value',
      /needs a value/,
    ],
    [
      'a range upside down',
      { observations: [{ areaCode: 'NO', low: 9, high: 1, status: 'FINAL' }] },
      'input.observations[0].low',
      /must not be above high/,
    ],
  ];
  for (const [what, change, field, message] of refusals) {
    it(`refuses ${what}, naming ${field}, and writes nothing`, async () => {
      const before = await count();
      const response = await replace({ indicatorCode: 'volunteer_hours', period: '2026', observations: HOURS, ...change });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions).toMatchObject({ field });
      expect(response.errors![0].message).toMatch(message);
      expect(await count()).toBe(before);
      expect(await count({ indicatorCode: 'volunteer_hours', period: '2026' })).toBe(3);
    });
  }
});
