import { describe, expect, it } from 'vitest';
import { agreementsSettings } from '../../subgraphs/agreements/config.js';
import { createAgreements } from '../../subgraphs/agreements/index.js';
import { requestLimits } from '../../subgraphs/common/limits.js';

describe('agreements settings', () => {
  it('reads the organisations subgraph and the expiry interval, with defaults', () => {
    expect(agreementsSettings({})).toEqual({
      organisations: { name: 'organisations', url: 'http://localhost:4001/graphql', timeoutMs: 5000 },
      expirySweepIntervalMs: 3_600_000,
      limits: requestLimits({}),
    });
    const set = agreementsSettings({
      ORGANISATIONS_URL: 'http://orgs:4001/graphql',
      ORGANISATIONS_TIMEOUT_MS: '800',
      EXPIRY_SWEEP_INTERVAL_MS: '0',
      MAX_DEPTH: '6',
    });
    expect(set).toEqual({
      organisations: { name: 'organisations', url: 'http://orgs:4001/graphql', timeoutMs: 800 },
      expirySweepIntervalMs: 0,
      limits: { ...requestLimits({}), maxDepth: 6 },
    });
  });

  it('stops createAgreements on a bad value, naming the variable', () => {
    expect(() => createAgreements({ env: { EXPIRY_SWEEP_INTERVAL_MS: '-1' } })).toThrow(
      /EXPIRY_SWEEP_INTERVAL_MS must be a whole number from 0/,
    );
    expect(() => createAgreements({ env: { EXPIRY_SWEEP_INTERVAL_MS: 'hourly' } })).toThrow(/EXPIRY_SWEEP_INTERVAL_MS/);
    expect(() => createAgreements({ env: { ORGANISATIONS_TIMEOUT_MS: '0' } })).toThrow(/ORGANISATIONS_TIMEOUT_MS/);
  });
});
