import { describe, expect, it } from 'vitest';
import { gatewayConfig } from '../../gateway/config.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' };

describe('gateway configuration', () => {
  it('has safe defaults', () => {
    const config = gatewayConfig({});
    expect(config.limits).toEqual({ maxDepth: 10, maxAliases: 15, maxRootFields: 10, maxDirectives: 10, maxTokens: 2000, maxCost: 10_000, maxBodyBytes: 1_048_576 });
    expect(config).toMatchObject({ introspection: true, subgraphTimeoutMs: 10_000, subgraphRetries: 1, shutdownGraceMs: 10_000 });
  });

  it('reads every limit and timeout from the environment', () => {
    const config = gatewayConfig({
      GATEWAY_MAX_DEPTH: '7',
      GATEWAY_MAX_ALIASES: '0',
      GATEWAY_MAX_ROOT_FIELDS: '3',
      GATEWAY_MAX_DIRECTIVES: '4',
      GATEWAY_MAX_TOKENS: '500',
      GATEWAY_MAX_COST: '900',
      GATEWAY_MAX_BODY_BYTES: '4096',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SUBGRAPH_RETRIES: '0',
      GATEWAY_SHUTDOWN_GRACE_MS: '30000',
    });
    expect(config.limits).toEqual({ maxDepth: 7, maxAliases: 0, maxRootFields: 3, maxDirectives: 4, maxTokens: 500, maxCost: 900, maxBodyBytes: 4096 });
    expect(config).toMatchObject({ subgraphTimeoutMs: 2500, subgraphRetries: 0, shutdownGraceMs: 30_000 });
  });

  it('turns introspection off in production unless asked for', () => {
    expect(gatewayConfig(PRODUCTION).introspection).toBe(false);
    expect(gatewayConfig({ ...PRODUCTION, GATEWAY_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(gatewayConfig({ GATEWAY_INTROSPECTION: 'false' }).introspection).toBe(false);
  });

  it('fails fast on a bad value, naming the variable', () => {
    expect(() => gatewayConfig({ GATEWAY_MAX_DEPTH: 'deep' })).toThrow(/GATEWAY_MAX_DEPTH must be an integer from 1 up, got "deep"/);
    expect(() => gatewayConfig({ SUBGRAPH_TIMEOUT_MS: '0' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => gatewayConfig({ SUBGRAPH_RETRIES: '10' })).toThrow(/SUBGRAPH_RETRIES must be an integer from 0 to 3, got "10"/);
    expect(() => gatewayConfig({ GATEWAY_INTROSPECTION: 'yes' })).toThrow(/GATEWAY_INTROSPECTION must be true or false/);
  });
});
