import { describe, expect, it } from 'vitest';
import { areaOf, areaProblem } from '../../subgraphs/indicators/rules/areas.js';
import { AreaLevel } from '../../subgraphs/indicators/enums.js';
import { isYear, parsePeriod, periodProblem } from '../../subgraphs/indicators/rules/periods.js';

describe('indicator periods', () => {
  it('takes a year or a date range as start and end dates', () => {
    expect(parsePeriod('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(parsePeriod('2026-01-01/2026-06-30')).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(parsePeriod('2026-03-01/2026-03-01')).toEqual({ start: '2026-03-01', end: '2026-03-01' });
    expect(isYear('2026')).toBe(true);
    expect(isYear('2026-01-01/2026-12-31')).toBe(false);
  });

  it('says what is wrong with a malformed period', () => {
    expect(periodProblem('2026')).toBeNull();
    expect(periodProblem('26')).toMatch(/"26" is not a period: give a year/);
    expect(periodProblem('2026-Q1')).toMatch(/not a period/);
    expect(periodProblem('2026-01-01/2026-02-30')).toMatch(/ends with "2026-02-30", which is not a calendar date/);
    expect(periodProblem('2026-1-1/2026-02-01')).toMatch(/starts with "2026-1-1", which must be a date as YYYY-MM-DD/);
    expect(periodProblem('2026-06-30/2026-01-01')).toMatch(/ends before it starts/);
    expect(periodProblem('2026-01-01/2026-02-01/2026-03-01')).toMatch(/not a period/);
    expect(parsePeriod('2026-06-30/2026-01-01')).toBeNull();
  });
});

describe('indicator areas', () => {
  it('knows municipalities, counties and the country by code, with their parent', () => {
    expect(areaOf('5601')).toEqual({ code: '5601', level: AreaLevel.MUNICIPALITY, label: 'Alta', parent: '56' });
    expect(areaOf('56')).toEqual({ code: '56', level: AreaLevel.COUNTY, label: 'Finnmark', parent: 'NO' });
    expect(areaOf('NO')).toMatchObject({ level: AreaLevel.COUNTRY, parent: null });
  });

  it('says which kind of code does not exist', () => {
    expect(areaProblem('9999')).toMatch(/"9999" is not a municipality in the 2024 division/);
    expect(areaProblem('99')).toMatch(/"99" is not a county in the 2024 division/);
    expect(areaProblem('0301x')).toMatch(/not an area code/);
    expect(areaProblem('5601')).toBeNull();
  });
});
