import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../subgraphs/common/config.js';
import { requestLimits } from '../../subgraphs/common/limits.js';
import { volunteersSettings } from '../../subgraphs/volunteers/config.js';
import { createVolunteers } from '../../subgraphs/volunteers/index.js';
import { startSubgraph } from '../helpers/stack.js';
import { testEnvironment } from '../helpers/clock.js';

describe('volunteers settings', () => {
  it('default to a threshold of 5, 1,695 hours per FTE and a 3 s agreements timeout', () => {
    const settings = volunteersSettings({});
    expect([settings.suppressionThreshold, settings.hoursPerFte, settings.agreements.timeoutMs]).toEqual([5, 1695, 3000]);
    expect(settings.agreements).toMatchObject({ name: 'agreements', url: 'http://localhost:4002/graphql' });
  });

  it('read the environment', () => {
    const settings = volunteersSettings({
      SUPPRESSION_THRESHOLD: '10',
      HOURS_PER_FTE: '1687.5',
      AGREEMENTS_URL: 'http://agreements:4002/graphql',
      AGREEMENTS_TIMEOUT_MS: '250',
      MAX_LIST_ARGUMENT_VALUES: '50',
    });
    expect(settings).toEqual({
      suppressionThreshold: 10,
      hoursPerFte: 1687.5,
      agreements: { name: 'agreements', url: 'http://agreements:4002/graphql', timeoutMs: 250 },
      limits: { ...requestLimits({}), maxListArgumentValues: 50 },
    });
  });

  it('refuse values that make no sense, naming the variable', () => {
    expect(() => volunteersSettings({ SUPPRESSION_THRESHOLD: '0' })).toThrow(
      /SUPPRESSION_THRESHOLD must be a whole number of at least 1, got "0"/,
    );
    expect(() => volunteersSettings({ SUPPRESSION_THRESHOLD: '2.5' })).toThrow(/SUPPRESSION_THRESHOLD/);
    expect(() => volunteersSettings({ HOURS_PER_FTE: 'many' })).toThrow(/HOURS_PER_FTE must be a number of at least 1/);
    expect(() => volunteersSettings({ AGREEMENTS_TIMEOUT_MS: '-1' })).toThrow(/AGREEMENTS_TIMEOUT_MS/);
  });

  it('are checked when the subgraph is made: a bad one stops it with a ConfigError naming it', () => {
    expect(() => createVolunteers({ env: { SUPPRESSION_THRESHOLD: 'x' } })).toThrow(ConfigError);
    expect(() => createVolunteers({ env: { SUPPRESSION_THRESHOLD: 'x' } })).toThrow(/SUPPRESSION_THRESHOLD/);
  });

  it('are checked apart from seeding: a subgraph started with seed: false still refuses a bad setting', async () => {
    await expect(async () => {
      const started = await startSubgraph(createVolunteers(testEnvironment({ HOURS_PER_FTE: '0' })), { seed: false });
      await started.close();
    }).rejects.toThrow(/HOURS_PER_FTE/);
  });
});
