import { describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar, MunicipalityCodeScalar, OrgNumberScalar } from '../../subgraphs/common/scalars.js';
import { MUNICIPALITIES, COUNTIES } from '../../subgraphs/common/municipalities.js';

describe('shared scalars', () => {
  it('OrgNumber names the field and the rule', () => {
    expect(OrgNumberScalar.parseValue('864139442')).toBe('864139442');
    expect(() => OrgNumberScalar.parseValue('864139441')).toThrow(
      'orgNumber (OrgNumber) "864139441" fails the MOD11 check: the last digit should be 2',
    );
  });

  it('MunicipalityCode accepts only codes of the 2024 division', () => {
    expect(MunicipalityCodeScalar.parseValue('5601')).toBe('5601');
    expect(() => MunicipalityCodeScalar.parseValue('5401')).toThrow(/municipalityCode.*not a municipality in the 2024 division/);
    expect(() => MunicipalityCodeScalar.parseValue('56')).toThrow(/four digits/);
  });

  it('Date accepts calendar dates only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow(/not a calendar date/);
    expect(() => DateScalar.parseValue('29.02.2024')).toThrow(/YYYY-MM-DD/);
  });

  it('DateTime needs a time zone and serialises in UTC', () => {
    expect((DateTimeScalar.parseValue('2026-11-22T10:00:00+01:00') as Date).toISOString()).toBe('2026-11-22T09:00:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-11-22T10:00:00')).toThrow(/time zone/);
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('the code list has the 357 municipalities and 15 counties of 2024', () => {
    expect(MUNICIPALITIES).toHaveLength(357);
    expect(COUNTIES).toHaveLength(15);
    expect(MUNICIPALITIES.find((m) => m.code === '5601')).toMatchObject({ name: 'Alta', countyCode: '56', countyName: 'Finnmark' });
  });
});
