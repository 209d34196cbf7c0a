import { clockOf, systemClock, type Clock } from '../../subgraphs/common/clock.js';
import type { SubgraphEnvironment } from '../../subgraphs/common/server.js';

/**
 * The clock every subgraph a test starts reads. With TEST_CLOCK set (an ISO date or
 * instant, e.g. `TEST_CLOCK=2031-01-01 npm test`), it starts there and runs on at
 * the real pace; otherwise it is the system clock. Tests that need a date use
 * `testClock().today()` and `addDays`, never a calendar date written in the test.
 */
export function testClock(): Clock {
  const at = process.env.TEST_CLOCK;
  if (!at) return systemClock;
  const start = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+01:00` : at).getTime();
  if (Number.isNaN(start)) throw new Error(`TEST_CLOCK="${at}" is not a date or an instant`);
  const offset = start - Date.now();
  return clockOf(() => new Date(Date.now() + offset));
}

/** What a test hands to a subgraph factory: the test clock and the environment (plus `env` overrides, e.g. a neighbour's URL). */
export function testEnvironment(env: Record<string, string> = {}): Required<SubgraphEnvironment> {
  return { env: { ...process.env, ...env }, clock: testClock() };
}
