import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CircuitOpenError, subgraphBreaker, type BreakerSettings } from '../../gateway/breaker.js';

const SETTINGS: BreakerSettings = { enabled: true, minRequests: 3, failurePercent: 50, resetMs: 200, windowMs: 10_000 };
class Outage extends Error {}
class Refusal extends Error {}
const isOutage = (error: unknown) => error instanceof Outage;

describe('a subgraph breaker', () => {
  it('opens after repeated outages and then answers at once without asking the subgraph', async () => {
    const breaker = subgraphBreaker('volunteers', SETTINGS, isOutage);
    let asked = 0;
    const hung = () => {
      asked++;
      return Promise.reject(new Outage('timeout'));
    };
    for (let i = 0; i < 3; i++) await expect(breaker.run(hung)).rejects.toBeInstanceOf(Outage);
    expect(breaker.state).toBe('open');
    const started = performance.now();
    await expect(breaker.run(hung)).rejects.toThrow(CircuitOpenError);
    await expect(breaker.run(hung)).rejects.toThrow('the volunteers service is unavailable');
    expect(performance.now() - started).toBeLessThan(50);
    expect(asked).toBe(3);
  });

  it('lets one probe through after resetMs and closes on its success', async () => {
    const breaker = subgraphBreaker('agreements', SETTINGS, isOutage);
    for (let i = 0; i < 3; i++) await breaker.run(() => Promise.reject(new Outage())).catch(() => undefined);
    expect(breaker.state).toBe('open');
    await sleep(SETTINGS.resetMs + 50);
    expect(breaker.state).toBe('halfOpen');
    await expect(breaker.run(() => Promise.resolve('answer'))).resolves.toBe('answer');
    expect(breaker.state).toBe('closed');
  });

  it('opens again when the probe fails', async () => {
    const breaker = subgraphBreaker('agreements', SETTINGS, isOutage);
    for (let i = 0; i < 3; i++) await breaker.run(() => Promise.reject(new Outage())).catch(() => undefined);
    await sleep(SETTINGS.resetMs + 50);
    await expect(breaker.run(() => Promise.reject(new Outage()))).rejects.toBeInstanceOf(Outage);
    expect(breaker.state).toBe('open');
  });

  it("never counts a subgraph's own refusals", async () => {
    const breaker = subgraphBreaker('organisations', SETTINGS, isOutage);
    for (let i = 0; i < 10; i++) await expect(breaker.run(() => Promise.reject(new Refusal('FORBIDDEN')))).rejects.toBeInstanceOf(Refusal);
    expect(breaker.state).toBe('closed');
  });

  it('is a pass-through when turned off', async () => {
    const breaker = subgraphBreaker('indicators', { ...SETTINGS, enabled: false }, isOutage);
    for (let i = 0; i < 5; i++) await breaker.run(() => Promise.reject(new Outage())).catch(() => undefined);
    expect(breaker.state).toBe('closed');
    await expect(breaker.run(() => Promise.resolve(1))).resolves.toBe(1);
  });
});
