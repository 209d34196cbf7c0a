import { describe, expect, it } from 'vitest';
import { agreementsTimeoutMs, checkConfig, hoursPerFte, suppressionThreshold } from '../../subgraphs/volunteers/config.js';

describe('volunteers settings', () => {
  it('default to a threshold of 5, 1,695 hours per FTE and a 3 s agreements timeout', () => {
    expect([suppressionThreshold({}), hoursPerFte({}), agreementsTimeoutMs({})]).toEqual([5, 1695, 3000]);
  });

  it('read the environment', () => {
    expect(suppressionThreshold({ SUPPRESSION_THRESHOLD: '10' })).toBe(10);
    expect(hoursPerFte({ HOURS_PER_FTE: '1687.5' })).toBe(1687.5);
  });

  it('refuse values that make no sense, naming the variable', () => {
    expect(() => checkConfig({ SUPPRESSION_THRESHOLD: '0' })).toThrow(/SUPPRESSION_THRESHOLD must be a positive integer, got "0"/);
    expect(() => checkConfig({ SUPPRESSION_THRESHOLD: '2.5' })).toThrow(/SUPPRESSION_THRESHOLD/);
    expect(() => checkConfig({ HOURS_PER_FTE: 'many' })).toThrow(/HOURS_PER_FTE must be a positive number/);
    expect(() => checkConfig({ AGREEMENTS_TIMEOUT_MS: '-1' })).toThrow(/AGREEMENTS_TIMEOUT_MS/);
  });
});
