import { describe, expect, it } from 'vitest';
import { gatewayConfig } from '../../gateway/config.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };

describe('gateway configuration', () => {
  it('has safe defaults', () => {
    const config = gatewayConfig({});
    expect(config.limits).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxRootFields: 10,
      maxDirectives: 10,
      maxTokens: 2000,
      maxCost: 10_000,
      maxBodyBytes: 1_048_576,
      maxEntityRepresentations: 5000,
      maxListArgumentValues: 2000,
    });
    expect(config).toMatchObject({ introspection: true, subgraphTimeoutMs: 10_000, subgraphRetries: 1, shutdownGraceMs: 10_000 });
    // /metrics on a port of its own, no token, 200 learned operation names.
    expect(config.metrics).toEqual({ port: 9464, token: undefined, maxOperations: 200, operations: [] });
    expect(config.auth).toMatchObject({ maxLifetimeSeconds: 86_400, clockSkewSeconds: 60 });
  });

  it('reads the metrics settings', () => {
    const config = gatewayConfig({
      METRICS_PORT: '9100',
      METRICS_TOKEN: 'a-scraper-token-0123456789',
      METRICS_MAX_OPERATIONS: '50',
      METRICS_OPERATIONS: 'PortalStart, AltaOverview',
    });
    expect(config.metrics).toEqual({
      port: 9100,
      token: 'a-scraper-token-0123456789',
      maxOperations: 50,
      operations: ['PortalStart', 'AltaOverview'],
    });
    expect(gatewayConfig({ METRICS_PORT: 'off' }).metrics.port).toBeUndefined();
    expect(() => gatewayConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16 characters/);
    expect(() => gatewayConfig({ METRICS_PORT: 'public' })).toThrow(/METRICS_PORT must be a whole number from 0 to 65535, got "public"/);
  });

  it('reads every limit and timeout from the environment', () => {
    const config = gatewayConfig({
      MAX_DEPTH: '7',
      MAX_ALIASES: '0',
      MAX_ROOT_FIELDS: '3',
      MAX_DIRECTIVES: '4',
      MAX_TOKENS: '500',
      GATEWAY_MAX_COST: '900',
      MAX_BODY_BYTES: '4096',
      MAX_ENTITY_REPRESENTATIONS: '300',
      MAX_LIST_ARGUMENT_VALUES: '20',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SUBGRAPH_RETRIES: '0',
      GATEWAY_SHUTDOWN_GRACE_MS: '30000',
    });
    expect(config.limits).toEqual({
      maxDepth: 7,
      maxAliases: 0,
      maxRootFields: 3,
      maxDirectives: 4,
      maxTokens: 500,
      maxCost: 900,
      maxBodyBytes: 4096,
      maxEntityRepresentations: 300,
      maxListArgumentValues: 20,
    });
    expect(config).toMatchObject({ subgraphTimeoutMs: 2500, subgraphRetries: 0, shutdownGraceMs: 30_000 });
  });

  it('turns introspection off in production unless asked for', () => {
    expect(gatewayConfig(PRODUCTION).introspection).toBe(false);
    expect(gatewayConfig({ ...PRODUCTION, GATEWAY_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(gatewayConfig({ GATEWAY_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('fails fast on a bad value, naming the variable', () => {
    expect(() => gatewayConfig({ MAX_DEPTH: 'deep' })).toThrow(/MAX_DEPTH must be a whole number of at least 1, got "deep"/);
    // The limits every service shares lost their GATEWAY_ prefix; the old name is refused, not ignored.
    expect(() => gatewayConfig({ GATEWAY_MAX_DEPTH: '7' })).toThrow(/GATEWAY_MAX_DEPTH is now MAX_DEPTH/);
    expect(() => gatewayConfig({ GATEWAY_MAX_COST: '2.5' })).toThrow(/GATEWAY_MAX_COST must be a whole number/);
    expect(() => gatewayConfig({ SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => gatewayConfig({ SUBGRAPH_RETRIES: '10' })).toThrow(/SUBGRAPH_RETRIES must be a whole number from 0 to 3, got "10"/);
    expect(() => gatewayConfig({ JWT_MAX_LIFETIME_S: '0' })).toThrow(/JWT_MAX_LIFETIME_S/);
    expect(() => gatewayConfig({ GATEWAY_INTROSPECTION: 'yes' })).toThrow(/GATEWAY_INTROSPECTION must be true or false/);
  });
});
