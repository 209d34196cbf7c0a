import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { annotateRequest } from '../subgraphs/common/logger.js';
import type { MetricsSettings } from './config.js';
import type { GatewayContext } from './context.js';
import type { FetchOutcome } from './datasource.js';

/** Longest operation name kept as a label. */
const MAX_NAME_LENGTH = 64;
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The gateway's Prometheus metrics, in a registry of its own (tests run several gateways in one process). */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'gateway_requests_total',
    help: 'GraphQL requests by operation name and whether they carried errors.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'gateway_request_duration_seconds',
    help: 'Time from request to response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly fetches = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Time of each subgraph fetch attempt, by subgraph and outcome (ok, error, timeout, unavailable).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'gateway_errors_total',
    help: 'Errors returned to clients, by code (after masking).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly cacheHits = new Counter({
    name: 'gateway_cache_hits_total',
    help: 'Anonymous queries answered from the response cache.',
    registers: [this.registry],
  });
  private readonly cacheMisses = new Counter({
    name: 'gateway_cache_misses_total',
    help: 'Anonymous queries the response cache had no answer for (each runs, and its answer is stored when it has no errors).',
    registers: [this.registry],
  });
  private readonly cacheInvalidations = new Counter({
    name: 'gateway_cache_invalidations_total',
    help: 'Cached answers dropped because a mutation through the gateway wrote to a subgraph whose data they hold.',
    registers: [this.registry],
  });
  /** Names listed in the settings: always a label of their own. */
  private readonly listed: Set<string>;
  /** Names of operations that have succeeded here, up to `maxOperations`. */
  private readonly learned = new Set<string>();
  private readonly maxOperations: number;

  constructor(settings: Pick<MetricsSettings, 'maxOperations' | 'operations'>) {
    this.listed = new Set(settings.operations.map((name) => name.slice(0, MAX_NAME_LENGTH)));
    this.maxOperations = settings.maxOperations;
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * Operation names come from clients, so a name gets a label of its own only once an
   * operation of that name has succeeded (or it is listed in METRICS_OPERATIONS), and only
   * for the first `maxOperations` such names; every other name counts as "other". A stream of
   * junk names that fail (unknown fields, bad tokens) never takes a slot from a real operation.
   */
  operationLabel(name: string | null | undefined, succeeded: boolean): string {
    if (!name) return 'anonymous';
    const label = name.slice(0, MAX_NAME_LENGTH);
    if (this.listed.has(label) || this.learned.has(label)) return label;
    if (!succeeded || this.learned.size >= this.maxOperations) return 'other';
    this.learned.add(label);
    return label;
  }

  fetched(subgraph: string, seconds: number, outcome: FetchOutcome) {
    this.fetches.observe({ subgraph, outcome }, seconds);
  }

  error(code: string) {
    this.errors.inc({ code });
  }

  cacheHit() {
    this.cacheHits.inc();
  }

  cacheMiss() {
    this.cacheMisses.inc();
  }

  cacheInvalidated(entries: number) {
    if (entries > 0) this.cacheInvalidations.inc(entries);
  }

  /** Counts and times each GraphQL request, and puts its operation name on the request's log line. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operationName, response, errors }) => {
            const seconds = (performance.now() - started) / 1000;
            const failed =
              Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
            const operation = this.operationLabel(operationName, !failed);
            this.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
            this.latency.observe({ operation }, seconds);
            // The log line keeps the name the client sent (GraphQL names are plain words), also when the label is "other".
            annotateRequest({ operation: operationName ? operationName.slice(0, MAX_NAME_LENGTH) : operation, failed });
          },
        };
      },
    };
  }
}
