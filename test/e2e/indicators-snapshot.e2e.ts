import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Observation } from '../../subgraphs/indicators/entities/observation.entity.js';
import { AGREEMENT_TYPES, LIVE_CODES, LIVE_INDICATORS } from '../../subgraphs/indicators/live/indicators.types.js';
import { runSnapshot } from '../../subgraphs/indicators/live/run.js';
import type { SnapshotSummary } from '../../subgraphs/indicators/live/snapshot.types.js';
import { MUNICIPALITIES, COUNTIES } from '../../subgraphs/common/municipalities.js';
import JSONstat from 'jsonstat-toolkit';
import type { JsonStatDataset } from '../../subgraphs/indicators/rules/json-stat.js';
import { gql, tokenFor } from '../helpers/graphql.js';
import { expectConsistent, expectSameCells } from '../unit/indicators-export-helpers.js';
import { startStack, type Stack } from '../helpers/stack.js';
import { testClock } from '../helpers/clock.js';

let stack: Stack;
let first: SnapshotSummary;
const progress: string[] = [];
const clock = testClock();
/** The seeded hours are for 2025 and 2026: final once the test clock has passed the year, provisional before. */
const statusOf = (year: string) => (clock.today() > `${year}-12-31` ? 'final' : 'provisional');

beforeAll(async () => {
  stack = await startStack();
  first = await runSnapshot({
    gatewayUrl: stack.gatewayUrl,
    token: await tokenFor({ role: 'service' }),
    period: '2026',
    clock,
    log: (l) => progress.push(l),
  });
});
afterAll(() => stack?.close());

const stored = (period: string) =>
  stack.subgraphs.indicators.orm.em
    .fork()
    .find(Observation, { period, indicatorCode: { $in: [...LIVE_CODES] } }, { orderBy: { indicatorCode: 'asc', areaCode: 'asc' } });
const key = (o: Observation) => `${o.indicatorCode}|${o.areaCode}`;
const AREAS = MUNICIPALITIES.length + COUNTIES.length + 1;

describe('indicators:snapshot through the gateway', () => {
  it('reads every municipality county by county, showing progress, and stores every live indicator', async () => {
    expect(first.municipalities).toBe(357);
    expect(progress.filter((l) => l.startsWith('read ['))).toHaveLength(COUNTIES.length);
    expect(progress.filter((l) => l.startsWith('store ['))).toHaveLength(LIVE_INDICATORS.length);
    expect(first.status).toBe(statusOf('2026'));
    const rows = await stored('2026');
    // Every live indicator for every area, but the policy share has no municipal rows
    expect(rows).toHaveLength(LIVE_INDICATORS.length * AREAS - MUNICIPALITIES.length);
    expect(first.stored).toBe(rows.length);
  });

  it('stores what the graph says: agreements by type, hours, policy; suppressed cells without a value', async () => {
    const researcher = await tokenFor({ role: 'researcher' });
    const { data, errors } = await gql(
      stack.gatewayUrl,
      '{ municipalities { code hasVolunteerPolicy agreements { type status } agreementStats(year: 2026) { fundingAwardedNok } volunteerStats(year: 2026) { activeVolunteers hours suppressed } } }',
      undefined,
      await tokenFor({ role: 'service' }),
    );
    expect(errors).toBeUndefined();
    const rows = new Map((await stored('2026')).map((o) => [key(o), o]));
    let suppressed = 0;
    let missing = 0;
    for (const m of data.municipalities) {
      const active = m.agreements.filter((a: any) => a.status === 'ACTIVE');
      if (m.agreements.length === 0) {
        // No agreement in the graph: missing, not 0
        missing++;
        for (const code of ['agreements_total', 'agreements_collaboration_agreement', 'municipal_funding_voluntary']) {
          expect(rows.get(`${code}|${m.code}`), `${code} ${m.code}`).toMatchObject({ value: null, status: 'missing' });
        }
      } else {
        expect(rows.get(`agreements_total|${m.code}`)!.value, m.code).toBe(active.length);
        expect(rows.get(`agreements_collaboration_agreement|${m.code}`)!.value, m.code).toBe(
          active.filter((a: any) => a.type === 'COLLABORATION_AGREEMENT').length,
        );
        expect(rows.get(`municipal_funding_voluntary|${m.code}`)!.value, m.code).toBe(m.agreementStats.fundingAwardedNok);
      }
      expect(rows.get(`volunteer_policy|${m.code}`)!.value, m.code).toBe(m.hasVolunteerPolicy ? 1 : 0);
      const hours = rows.get(`volunteer_hours|${m.code}`)!;
      if (m.volunteerStats.suppressed) {
        suppressed++;
        expect(hours, m.code).toMatchObject({ value: null, status: 'suppressed' });
      } else if (m.volunteerStats.activeVolunteers === 0) expect(hours, m.code).toMatchObject({ value: null, status: 'missing' });
      else expect(hours, m.code).toMatchObject({ value: m.volunteerStats.hours, status: statusOf('2026') });
    }
    expect(suppressed, 'the seed has a municipality with too few volunteers to show').toBeGreaterThan(0);
    expect(missing, 'most municipalities have no agreement in the seeded graph').toBeGreaterThan(300);
    // The national total is unknown while municipalities are missing: their status, the known sum as a lower bound
    const national = rows.get('agreements_total|NO')!;
    expect(national).toMatchObject({
      value: null,
      status: 'missing',
      low: data.municipalities.reduce((s: number, m: any) => s + m.agreements.filter((a: any) => a.status === 'ACTIVE').length, 0),
    });
    expect(rows.get('volunteer_hours|NO')).toMatchObject({ value: null, status: 'suppressed', low: expect.any(Number) });

    // The same figures through the gateway, municipal and county rows side by side
    const query =
      '{ municipality(code: "5601") { observations(periods: ["2026"], indicators: ["agreements_total", "volunteer_hours"]) { indicatorCode value status } county { observations(periods: ["2026"], indicators: ["agreements_total"]) { areaCode value } } } }';
    const seen = await gql(stack.gatewayUrl, query, undefined, researcher);
    expect(seen.errors).toBeUndefined();
    expect(seen.data.municipality.observations).toEqual([
      { indicatorCode: 'agreements_total', value: rows.get('agreements_total|5601')!.value, status: statusOf('2026').toUpperCase() },
      { indicatorCode: 'volunteer_hours', value: rows.get('volunteer_hours|5601')!.value, status: statusOf('2026').toUpperCase() },
    ]);
    expect(seen.data.municipality.county.observations).toEqual([{ areaCode: '56', value: rows.get('agreements_total|56')!.value }]);
    // Provisional figures are for researchers; the public sees them once the period is over
    const anonymous = await gql(stack.gatewayUrl, query);
    expect(anonymous.data.municipality.observations).toEqual(statusOf('2026') === 'provisional' ? [] : seen.data.municipality.observations);
  });

  it('exports the snapshot as JSON-stat with suppressed cells marked ":", and as CSV with the same cells', async () => {
    const researcher = await tokenFor({ role: 'researcher' });
    const base = stack.subgraphUrls.indicators.replace(/\/graphql$/, '');
    const query = 'indicators=volunteer_hours,agreements_total&periods=2026';
    const get = async (format: string) =>
      (await fetch(`${base}/export/observations.${format}?${query}`, { headers: { authorization: `Bearer ${researcher}` } })).text();
    const ds = JSON.parse(await get('json-stat')) as JsonStatDataset;
    expectConsistent(ds);
    expect(ds.size).toEqual([2, AREAS, 1]);
    const rows = await stored('2026');
    const suppressed = rows.filter((o) => o.status === 'suppressed' && o.indicatorCode === 'volunteer_hours');
    expect(suppressed.length).toBeGreaterThan(0);
    const cube = JSONstat(structuredClone(ds));
    for (const o of suppressed)
      expect(cube.Data({ indicator: o.indicatorCode, area: o.areaCode, period: '2026' })).toEqual({ value: null, status: ':' });
    expect(cube.Data({ indicator: 'agreements_total', area: '5601', period: '2026' })).toEqual({
      value: rows.find((o) => key(o) === 'agreements_total|5601')!.value,
      status: statusOf('2026') === 'provisional' ? '*' : null,
    });
    expect(expectSameCells(await get('csv'), ds)).toHaveLength(2 * AREAS);
  });

  it('stores per-1,000-inhabitant values equal to value × 1000 ÷ population (Alta 5601, 21,708 inhabitants), and no data as missing', async () => {
    const rows = new Map((await stored('2026')).map((o) => [key(o), o]));
    const { data } = await gql(
      stack.gatewayUrl,
      '{ municipality(code: "5601") { observations(indicators: ["population"], periods: ["2024"]) { value } } }',
    );
    const population = data.municipality.observations[0].value;
    expect(population).toBe(21708);
    const hours = rows.get('volunteer_hours|5601');
    expect(hours?.value).toBeGreaterThan(0);
    expect(rows.get('volunteer_hours_per_1000|5601')?.value).toBeCloseTo(((hours?.value ?? 0) * 1000) / population, 2);
    expect(rows.get('volunteer_hours_per_1000|5601')?.note).toBe(`= ${hours?.value} × 1000 / 21708 (folkemengde 1.1.2024)`);
    const agreements = rows.get('agreements_total|5601');
    expect(rows.get('agreements_total_per_1000|5601')?.value).toBeCloseTo(((agreements?.value ?? 0) * 1000) / population, 4);
    // Most municipalities have no agreement and no reporting organisation in the seeded graph: missing, not 0
    const missing = [...rows.values()].filter(
      (o) => o.indicatorCode === 'agreements_total' && o.areaLevel === 'municipality' && o.status === 'missing',
    );
    expect(missing.length).toBeGreaterThan(300);
    expect([...rows.values()].filter((o) => o.indicatorCode === 'agreements_total' && o.value === 0)).toEqual([]);
    expect(rows.get('agreements_total_per_1000|' + missing[0].areaCode)).toMatchObject({ value: null, status: 'missing' });
    // A total over a suppressed municipality is held back too
    const suppressed = [...rows.values()].find(
      (o) => o.indicatorCode === 'volunteer_hours' && o.areaLevel === 'municipality' && o.status === 'suppressed',
    );
    const county = MUNICIPALITIES.find((m) => m.code === suppressed?.areaCode)?.countyCode ?? '';
    expect(rows.get(`volunteer_hours|${county}`)).toMatchObject({ value: null, status: 'suppressed' });
    expect(rows.get(`volunteer_hours_per_1000|${county}`)).toMatchObject({ value: null, status: 'suppressed' });
  });

  it('stores a finished year as final, which the public then sees', async () => {
    const summary = await runSnapshot({ gatewayUrl: stack.gatewayUrl, token: await tokenFor({ role: 'service' }), period: '2025', clock });
    expect(summary.status).toBe('final');
    const { data } = await gql(
      stack.gatewayUrl,
      '{ municipality(code: "5601") { observations(periods: ["2025"], indicators: ["volunteer_hours"]) { value status } volunteerStats(year: 2025) { hours } } }',
    );
    expect(data.municipality.observations).toEqual([{ value: data.municipality.volunteerStats.hours, status: 'FINAL' }]);
  });

  it('run again for the same period (here by `npm run indicators:snapshot`, on the system clock, for a year over by either clock) leaves one set of observations', async () => {
    const before = await stored('2025');
    const { stderr } = await promisify(execFile)('npm', ['run', '--silent', 'indicators:snapshot', '--', '--period', '2025'], {
      env: { ...process.env, GATEWAY_URL: stack.gatewayUrl },
    });
    expect(stderr).toMatch(/read \[15\/15\]/);
    expect(stderr).toMatch(new RegExp(`${before.length} observations stored .*${before.length} from an earlier run replaced`));
    const after = await stored('2025');
    expect(after.map(key)).toEqual(before.map(key));
    expect(new Set(after.map(key)).size).toBe(after.length);
    expect(after.map((o) => [key(o), o.value, o.low, o.status])).toEqual(before.map((o) => [key(o), o.value, o.low, o.status]));
    expect(after.map((o) => o.id)).not.toEqual(before.map((o) => o.id));
  });

  it('has an indicator for every agreement type of the graph', async () => {
    const { data } = await gql(stack.gatewayUrl, '{ __type(name: "AgreementType") { enumValues { name } } }');
    expect(data.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual([...AGREEMENT_TYPES].sort());
  });

  it('refuses a period that is not a year, and a caller that is not a service', async () => {
    const token = await tokenFor({ role: 'service' });
    await expect(runSnapshot({ gatewayUrl: stack.gatewayUrl, token, period: '2026-01-01/2026-06-30', clock })).rejects.toThrow(
      /must be a year/,
    );
    await expect(runSnapshot({ gatewayUrl: stack.gatewayUrl, token, period: '26', clock })).rejects.toThrow(
      /--period "26" is not a period/,
    );
    const before = (await stored('2026')).length;
    await expect(
      runSnapshot({ gatewayUrl: stack.gatewayUrl, token: await tokenFor({ role: 'researcher' }), period: '2026', clock }),
    ).rejects.toThrow(/FORBIDDEN/);
    expect((await stored('2026')).length).toBe(before);
  });
});
