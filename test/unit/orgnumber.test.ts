import { describe, expect, it } from 'vitest';
import { isOrgNumber, orgNumberCheckDigit, orgNumberProblem } from '../../subgraphs/common/orgnumber.js';

describe('organisasjonsnummer MOD11', () => {
  it('accepts a real number (Norges Røde Kors, 864 139 442)', () => {
    expect(isOrgNumber('864139442')).toBe(true);
  });

  it('computes the check digit with weights 3 2 7 6 5 4 3 2', () => {
    // 8*3 + 6*2 + 4*7 + 1*6 + 3*5 + 9*4 + 4*3 + 4*2 = 141; 141 mod 11 = 9; 11 - 9 = 2
    expect(orgNumberCheckDigit('86413944')).toBe(2);
  });

  it('refuses a wrong check digit and says which digit it should be', () => {
    expect(orgNumberProblem('864139443')).toBe('fails the MOD11 check: the last digit should be 2');
  });

  it('maps 11 (remainder 0) to check digit 0', () => {
    // 8*3 + 1*3 + 3*2 = 33, and 33 mod 11 = 0
    expect(orgNumberCheckDigit('80000013')).toBe(0);
    expect(isOrgNumber('800000130')).toBe(true);
  });

  it('refuses numbers whose first eight digits have no valid check digit (remainder 1)', () => {
    // 8*3 + 5*2 = 34, and 34 mod 11 = 1: the check digit would be 10
    expect(orgNumberCheckDigit('80000005')).toBeNull();
    expect(orgNumberProblem('800000050')).toMatch(/no valid MOD11 check digit/);
  });

  it('refuses wrong length, letters and a leading digit other than 8 or 9', () => {
    expect(orgNumberProblem('86413944')).toMatch(/9 digits/);
    expect(orgNumberProblem('86413944x')).toMatch(/9 digits/);
    expect(orgNumberProblem('123456785')).toMatch(/start with 8 or 9/);
  });
});
