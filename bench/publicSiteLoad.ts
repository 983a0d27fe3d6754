/**
 * npx tsx bench/publicSiteLoad.ts: the public measure page's API (/api/open-data/measures/burglary,
 * the whole HTTP stack on the demo data) under load from autocannon with 32 concurrent
 * connections, beside a bare Fastify route answering a small JSON on the same machine in the same
 * run. Reports requests per second and the 99th-percentile latency of each, and their ratios.
 * Goal: the measure page's p99 under 50 ms. A figure for the README, not a test: no test asserts a
 * duration. BLUELAMP_BENCH_DATABASE_URL=postgres://… runs it on PostgreSQL instead of SQLite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildServer } from '../src/api/index.js';
import { loadDemoData, openServiceContext } from '../src/services/index.js';

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BLUELAMP_BENCH_SECONDS ?? 10);
const PAGE = '/api/open-data/measures/burglary';

interface Load {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function load(url: string, duration: number): Promise<Load> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function row(name: string, figures: Load): string {
  return `| ${name} | ${figures.requestsPerSecond.toFixed(0)} | ${figures.p50.toFixed(1)} ms | ${figures.p99.toFixed(1)} ms | ${figures.errors} |`;
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-public-load-'));
const databaseUrl = process.env.BLUELAMP_BENCH_DATABASE_URL ?? `sqlite:${path.join(folder, 'public.db')}`;
const ctx = await openServiceContext({ databaseUrl });
const bare = Fastify({ logger: false });
bare.get('/bare', () => ({ status: 'ok', version: '0.1.0' }));
try {
  await loadDemoData(ctx);
  const app = await buildServer(ctx);
  const bluelamp = await app.listen({ port: 0, host: '127.0.0.1' });
  const baseline = await bare.listen({ port: 0, host: '127.0.0.1' });
  // Warm both up, then measure each in turn.
  await load(`${baseline}/bare`, 2);
  await load(`${bluelamp}${PAGE}`, 2);
  const bareFigures = await load(`${baseline}/bare`, SECONDS);
  const pageFigures = await load(`${bluelamp}${PAGE}`, SECONDS);
  const lines = [
    `${CONNECTIONS} connections, ${SECONDS} s each, ${databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, Node ${process.version}, ${os.cpus().length} CPUs`,
    '',
    '| route | requests/s | p50 | p99 | errors |',
    '| --- | --- | --- | --- | --- |',
    row('bare Fastify route (small JSON)', bareFigures),
    row(`public measure page ${PAGE}`, pageFigures),
    '',
    `throughput ratio (page / bare): ${(pageFigures.requestsPerSecond / bareFigures.requestsPerSecond).toFixed(3)}×; ` +
      `p99 ratio (page / bare): ${(pageFigures.p99 / Math.max(bareFigures.p99, 0.001)).toFixed(1)}×; ` +
      `goal: page p99 under 50 ms — ${pageFigures.p99 < 50 ? 'met' : 'not met'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await app.close();
} finally {
  await bare.close();
  await ctx.store.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
