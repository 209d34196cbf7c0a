import CircuitBreaker from 'opossum';

/** When a subgraph's breaker opens and how soon it tries again (gateway/config.ts reads them). */
export interface BreakerSettings {
  /** SUBGRAPH_BREAKER: false turns breakers off (default true). */
  enabled: boolean;
  /** Fetches within the rolling window before the breaker may open (SUBGRAPH_BREAKER_MIN_REQUESTS, default 3). */
  minRequests: number;
  /** Share of those that timed out or found the subgraph unreachable that opens it, in % (SUBGRAPH_BREAKER_FAILURE_PERCENT, default 50). */
  failurePercent: number;
  /** How long it stays open before one probe may go through (SUBGRAPH_BREAKER_RESET_MS, default 1000). */
  resetMs: number;
  /** The rolling window the counts are kept over (SUBGRAPH_BREAKER_WINDOW_MS, default 10000). */
  windowMs: number;
}

/** Settings of a gateway without breakers (and of data sources made without settings). */
export const BREAKER_OFF: BreakerSettings = { enabled: false, minRequests: 3, failurePercent: 50, resetMs: 1000, windowMs: 10_000 };

/** What a breaker says instead of asking a subgraph it has given up on for now. */
export class CircuitOpenError extends Error {
  constructor(readonly subgraph: string) {
    super(`the ${subgraph} service is unavailable (it failed repeatedly; the gateway asks it again within a second)`);
    this.name = 'CircuitOpenError';
  }
}

export interface SubgraphBreaker {
  /** Runs `fetch` unless the breaker is open, counting `isOutage(error)` failures. */
  run<T>(fetch: () => Promise<T>): Promise<T>;
  readonly state: 'closed' | 'open' | 'halfOpen';
}

/**
 * One breaker per subgraph (opossum): after repeated timeouts or refused connections a hung
 * subgraph costs a request microseconds instead of SUBGRAPH_TIMEOUT_MS; after `resetMs` one request
 * probes it (half-open) and a success closes the breaker again. A subgraph's own refusals
 * (FORBIDDEN, BAD_USER_INPUT …) are answers, not outages, and never count.
 */
export function subgraphBreaker(subgraph: string, settings: BreakerSettings, isOutage: (error: unknown) => boolean): SubgraphBreaker {
  if (!settings.enabled) return { run: (fetch) => fetch(), state: 'closed' };
  const breaker = new CircuitBreaker((fetch: () => Promise<unknown>) => fetch(), {
    // The data source bounds each fetch itself (SUBGRAPH_TIMEOUT_MS).
    timeout: false,
    errorThresholdPercentage: settings.failurePercent,
    volumeThreshold: settings.minRequests,
    resetTimeout: settings.resetMs,
    rollingCountTimeout: settings.windowMs,
    errorFilter: (error: unknown) => !isOutage(error),
  });
  return {
    async run<T>(fetch: () => Promise<T>): Promise<T> {
      try {
        return (await breaker.fire(fetch)) as T;
      } catch (error) {
        if ((error as { code?: string }).code === 'EOPENBREAKER') throw new CircuitOpenError(subgraph);
        throw error;
      }
    },
    get state() {
      return breaker.opened ? 'open' : breaker.halfOpen ? 'halfOpen' : 'closed';
    },
  };
}
