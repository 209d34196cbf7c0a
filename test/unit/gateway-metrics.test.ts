import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from '../../gateway/metrics.js';

describe('operation labels', () => {
  it('labels a name only once an operation of that name has succeeded', () => {
    const metrics = new GatewayMetrics({ maxOperations: 5, operations: [] });
    expect(metrics.operationLabel('Probe', false)).toBe('other');
    expect(metrics.operationLabel('Probe', false)).toBe('other');
    expect(metrics.operationLabel('Probe', true)).toBe('Probe');
    expect(metrics.operationLabel('Probe', false)).toBe('Probe');
    expect(metrics.operationLabel(undefined, true)).toBe('anonymous');
  });

  it('keeps failing junk names out of the slots, however many', () => {
    const metrics = new GatewayMetrics({ maxOperations: 3, operations: [] });
    for (let i = 0; i < 1000; i++) expect(metrics.operationLabel(`Junk${i}`, false)).toBe('other');
    for (const name of ['A', 'B', 'C']) expect(metrics.operationLabel(name, true)).toBe(name);
    expect(metrics.operationLabel('D', true)).toBe('other');
    expect(metrics.operationLabel('A', false)).toBe('A');
  });

  it('always labels the listed names, outside the bound', () => {
    const metrics = new GatewayMetrics({ maxOperations: 0, operations: ['PortalStart'] });
    expect(metrics.operationLabel('PortalStart', false)).toBe('PortalStart');
    expect(metrics.operationLabel('Other', true)).toBe('other');
  });

  it('cuts long names to 64 characters', () => {
    const metrics = new GatewayMetrics({ maxOperations: 5, operations: [] });
    expect(metrics.operationLabel('x'.repeat(100), true)).toBe('x'.repeat(64));
  });
});
