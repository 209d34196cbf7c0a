import { graphql } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANONYMOUS } from '../../subgraphs/common/auth.js';
import { systemClock } from '../../subgraphs/common/clock.js';
import { ConfigError } from '../../subgraphs/common/config.js';

/*
 * The organisations modules are imported only after the environment is set, so these
 * tests see what importing them does with a bad SYNC_BATCH_LIMIT in process.env.
 */
const load = async () => ({
  ...(await import('../../subgraphs/organisations/index.js')),
  ...(await import('../../subgraphs/organisations/config.js')),
  ...(await import('../../subgraphs/common/server.js')),
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('organisations settings', () => {
  // First in the file: this is where the modules are imported, with the bad value already in process.env.
  it('reads them when createOrganisations runs, not at import: compose with defaults works beside a bad SYNC_BATCH_LIMIT', async () => {
    vi.stubEnv('SYNC_BATCH_LIMIT', 'x');
    const { createOrganisations, buildSubgraphSchemaFor } = await load();
    expect(() => createOrganisations({ env: { SYNC_BATCH_LIMIT: 'x' } })).toThrow(ConfigError);
    expect(() => createOrganisations({ env: { SYNC_BATCH_LIMIT: 'x' } })).toThrow(
      /SYNC_BATCH_LIMIT must be a whole number from 1 to 100000, got "x"/,
    );
    // Without an env the factory reads process.env, so it fails the same way.
    expect(() => createOrganisations()).toThrow(/SYNC_BATCH_LIMIT/);
    // `npm run compose` builds every schema with env {}: the defaults.
    const schema = await buildSubgraphSchemaFor(createOrganisations({ env: {} }));
    expect(schema.getMutationType()?.getFields().syncOrganisations).toBeDefined();
  });

  it('SYNC_BATCH_LIMIT defaults to 1000 and refuses a value that is not a whole number from 1 to 100000, naming it', async () => {
    const { organisationsSettings } = await load();
    expect(organisationsSettings({})).toMatchObject({ syncBatchLimit: 1000, limits: { maxListArgumentValues: 2000 } });
    expect(organisationsSettings({ SYNC_BATCH_LIMIT: '250' })).toMatchObject({ syncBatchLimit: 250 });
    // A batch is one list argument, so the list limit must allow it.
    expect(() => organisationsSettings({ SYNC_BATCH_LIMIT: '5000' })).toThrow(
      /SYNC_BATCH_LIMIT \(5000\) is above MAX_LIST_ARGUMENT_VALUES \(2000\)/,
    );
    expect(organisationsSettings({ SYNC_BATCH_LIMIT: '5000', MAX_LIST_ARGUMENT_VALUES: '5000' })).toMatchObject({ syncBatchLimit: 5000 });
    for (const bad of ['0', '100001', '2.5', 'many']) {
      expect(() => organisationsSettings({ SYNC_BATCH_LIMIT: bad })).toThrow(ConfigError);
      expect(() => organisationsSettings({ SYNC_BATCH_LIMIT: bad })).toThrow(/SYNC_BATCH_LIMIT/);
    }
  });

  it('hands the limit to the sync resolver: a batch above SYNC_BATCH_LIMIT is refused whole before anything is read', async () => {
    const { createOrganisations, buildSubgraphSchemaFor } = await load();
    const schema = await buildSubgraphSchemaFor(createOrganisations({ env: { SYNC_BATCH_LIMIT: '2' } }));
    const records = [1, 2, 3].map((i) => ({ externalId: `r${i}`, name: `Lag ${i}`, kind: 'INFORMAL_GROUP' }));
    const response = await graphql({
      schema,
      source: 'mutation ($r: [SyncRecordInput!]!) { syncOrganisations(source: "reg", records: $r) { created } }',
      variableValues: { r: records },
      // No database: the limit is checked first.
      contextValue: { caller: ANONYMOUS, clock: systemClock, requestId: 'test' },
    });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records', limit: 2 });
    expect(response.errors?.[0].message).toMatch(/at most 2 records, this one has 3/);
  });
});
