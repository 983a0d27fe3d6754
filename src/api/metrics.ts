import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { getOperationalCounts, type ServiceContext } from '../services/index.js';
import { routePattern } from './requestIds.js';
import { problemOf, sendProblem } from './errors.js';

export const METRICS_PATH = '/metrics';

/**
 * Memory, CPU and event-loop figures belong to the process, not to one server, and prom-client
 * starts observers for them that cannot be stopped: they are gathered once per process and merged
 * into each server's answer, so tests that build many servers do not pile up observers.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** Compares digests, so neither the token's length nor its first wrong character shows in the timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

function databaseGauges(registry: Registry, ctx: ServiceContext): () => Promise<void> {
  const connections = new Gauge({
    name: 'bluelamp_database_connections',
    help: 'Database connections by state: PostgreSQL pool total, idle and waiting clients; SQLite has one connection',
    labelNames: ['state'] as const,
    registers: [registry],
  });
  const notifications = new Gauge({
    name: 'bluelamp_notifications',
    help: 'Reminders in the database by result: sending (claimed, not yet sent), sent, failed (retried next run)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const loads = new Gauge({
    name: 'bluelamp_data_loads',
    help: 'Data loads recorded in the database, by kind of file and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  });
  const up = new Gauge({
    name: 'bluelamp_database_up',
    help: 'Whether the database answered the last scrape (1) or not (0)',
    registers: [registry],
  });
  // Read once per scrape and set before the registry is read: a collect callback per gauge would
  // query the database four times, concurrently.
  return async () => {
    connections.reset();
    notifications.reset();
    loads.reset();
    try {
      const counts = await getOperationalCounts(ctx);
      up.set(1);
      connections.set({ state: 'total' }, counts.connections.total);
      if (counts.connections.idle !== null) connections.set({ state: 'idle' }, counts.connections.idle);
      if (counts.connections.waiting !== null) connections.set({ state: 'waiting' }, counts.connections.waiting);
      for (const [result, count] of Object.entries(counts.notifications)) notifications.set({ result }, count);
      for (const load of counts.loads) loads.set({ kind: load.kind, outcome: load.outcome }, load.count);
    } catch {
      up.set(0);
    }
  };
}

export interface MetricsOptions {
  /** BLUELAMP_METRICS_TOKEN; without one /metrics is not served at all. */
  readonly token: string | undefined;
}

/**
 * Prometheus metrics in a registry of this server's own, so that servers built side by side (as
 * the tests do) count separately. Request durations are labelled by route pattern, never by URL,
 * which would make a series per plan id and could carry tokens. /metrics is for operators only:
 * served when BLUELAMP_METRICS_TOKEN is set, to requests bearing it; without a token it is off,
 * since a loopback caller cannot be told apart from a reverse proxy on the same machine.
 */
export function registerMetrics(app: FastifyInstance, ctx: ServiceContext, options: MetricsOptions): void {
  const registry = new Registry();
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'How long Bluelamp took to answer HTTP requests, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  // A series' child is looked up once: prom-client otherwise sorts and joins its labels on every request.
  const series = new Map<string, ReturnType<typeof durations.labels>>();
  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const route = routePattern(request);
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let child = series.get(key);
    if (child === undefined) {
      child = durations.labels({ method: request.method, route, status_code: String(reply.statusCode) });
      series.set(key, child);
    }
    child.observe(reply.elapsedTime / 1000);
    done();
  });
  const token = options.token;
  if (token === undefined || token === '') return;
  const refresh = databaseGauges(registry, ctx);
  app.get(METRICS_PATH, async (request, reply) => {
    if (!tokenMatches(request.headers.authorization, token)) {
      const detail = 'The metrics need the operator token: send Authorization: Bearer <BLUELAMP_METRICS_TOKEN>.';
      void reply.header('www-authenticate', 'Bearer realm="bluelamp-metrics"');
      return sendProblem(reply, problemOf('unauthenticated', { detail, instance: METRICS_PATH }));
    }
    await refresh();
    const merged = Registry.merge([registry, processMetrics()]);
    return reply
      .header('content-type', merged.contentType)
      .header('cache-control', 'no-store')
      .send(await merged.metrics());
  });
}
