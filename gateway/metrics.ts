import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { annotateRequest } from '../subgraphs/common/logger.js';
import type { GatewayContext } from './context.js';
import type { FetchOutcome } from './datasource.js';

/** Operation names come from clients; past this many distinct ones they share the label "other". */
const MAX_OPERATION_NAMES = 200;
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
  private readonly operations = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    const label = name.slice(0, 64);
    if (this.operations.has(label)) return label;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(label);
    return label;
  }

  fetched(subgraph: string, seconds: number, outcome: FetchOutcome) {
    this.fetches.observe({ subgraph, outcome }, seconds);
  }

  error(code: string) {
    this.errors.inc({ code });
  }

  /** Counts and times each GraphQL request, and puts its operation name on the request's log line. */
  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operationName, response, errors }) => {
            const seconds = (performance.now() - started) / 1000;
            const operation = this.operationLabel(operationName);
            const failed = Boolean(errors?.length) || (response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length));
            this.requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
            this.latency.observe({ operation }, seconds);
            annotateRequest({ operation, failed });
          },
        };
      },
    };
  }
}
