// The Prometheus metrics of one replica (GET /metrics, lib/server/metrics-endpoint.ts). One
// registry per process on globalThis: our server and Next's route bundles load their own copies
// of this module, and both must count into the same metrics.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pathwise_' });
  const registers = [registry];
  return {
    registry,
    eventsAccepted: new Counter({
      name: 'pathwise_events_accepted_total',
      help: 'Events committed from /api/collect and /api/events',
      registers,
    }),
    eventsRefused: new Counter({
      name: 'pathwise_collect_refused_total',
      help: 'Collect requests refused or dropped, by reason (error code, bot, dnt)',
      labelNames: ['reason'],
      registers,
    }),
    serverEventsAccepted: new Counter({
      name: 'pathwise_server_events_accepted_total',
      help: 'Events committed from /api/events (server API); also in pathwise_events_accepted_total',
      registers,
    }),
    serverEventsRefused: new Counter({
      name: 'pathwise_server_events_refused_total',
      help: '/api/events (server API) requests refused, by reason (error code)',
      labelNames: ['reason'],
      registers,
    }),
    commitSeconds: new Histogram({
      name: 'pathwise_ingest_commit_seconds',
      help: 'Time for one group commit of the ingest queue',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    batchSize: new Histogram({
      name: 'pathwise_ingest_batch_events',
      help: 'Events per accepted batch',
      buckets: [1, 2, 5, 10, 20, 50, 100, 200],
      registers,
    }),
    queueDepth: new Gauge({
      name: 'pathwise_ingest_queue_depth',
      help: 'Batches waiting for the group commit',
      registers,
      collect() {
        this.set((globalThis as { pathwiseIngest?: { pending: number } }).pathwiseIngest?.pending ?? 0);
      },
    }),
    jobRuns: new Counter({
      name: 'pathwise_job_runs_total',
      help: 'Scheduled and on-demand job runs',
      labelNames: ['job', 'ok'],
      registers,
    }),
    jobSeconds: new Histogram({
      name: 'pathwise_job_duration_seconds',
      help: 'Job run durations',
      labelNames: ['job'],
      buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers,
    }),
    httpResponses: new Counter({
      name: 'pathwise_http_responses_total',
      help: 'HTTP responses by route group and status',
      labelNames: ['route', 'status'],
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof create>;

const globalForMetrics = globalThis as unknown as { pathwiseMetrics?: Metrics };

export function metrics(): Metrics {
  return (globalForMetrics.pathwiseMetrics ??= create());
}
