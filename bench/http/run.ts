/**
 * npm run bench:http: Bluelamp's public and internal pages under load, beside a bare Fastify route
 * measured in the same run. The server (the built `bluelamp serve` on the demo data) and the
 * baseline each run in a process of their own; autocannon runs here, in a third. Internal pages
 * are read with a signed-in session. Peak resident memory of the server is sampled throughout.
 * A table for the README, not a test: no test asserts a duration.
 *
 * Options (environment): BLUELAMP_BENCH_SECONDS (default 10), BLUELAMP_BENCH_CONNECTIONS (64),
 * BLUELAMP_BENCH_DATABASE_URL (an empty PostgreSQL database; default a new SQLite file),
 * BLUELAMP_BENCH_ONLY (a pattern: only the targets whose path matches it), BLUELAMP_BENCH_PROFILE=1
 * (profile the server: bench/http/serverProfile.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { bluelamp, residentMegabytes, startBare, startBluelamp, stop, type Served } from './processes.js';
import { serverProfiling } from './serverProfile.js';

const SECONDS = Number(process.env.BLUELAMP_BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BLUELAMP_BENCH_CONNECTIONS ?? 64);
const PASSWORD = 'bench-password-that-is-long-enough-1';
/** Only the targets whose path matches, when measuring one change (BLUELAMP_BENCH_ONLY=open-data). */
const ONLY = new RegExp(process.env.BLUELAMP_BENCH_ONLY ?? '');

interface Target {
  readonly name: string;
  readonly path: string;
  readonly kind: 'public' | 'internal' | 'baseline';
  /** Headers the client sends beyond a session's, as the browser a page is made for would. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * What Chromium and Firefox send with every request, the web app's calls to the API included:
 * the server answers kept pages and answers in Brotli.
 */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br' };

const TARGETS: readonly Target[] = [
  { name: 'health', path: '/api/health', kind: 'public' },
  { name: 'open data home', path: '/api/open-data', kind: 'public' },
  { name: 'public measure (burglary)', path: '/api/open-data/measures/burglary', kind: 'public' },
  { name: 'public progress', path: '/api/open-data/plans/met-business-plan-2018-19/progress', kind: 'public' },
  {
    name: 'public page HTML (accept-encoding: gzip, deflate, br)',
    path: '/public/measures/burglary',
    kind: 'public',
    headers: BROWSER_ENCODINGS,
  },
  { name: 'tracker', path: '/api/plans/2/milestones', kind: 'internal', headers: BROWSER_ENCODINGS },
  { name: 'plan tree', path: '/api/plans/2', kind: 'internal', headers: BROWSER_ENCODINGS },
  {
    name: 'measure series',
    path: '/api/measures/burglary/series?area=MPS',
    kind: 'internal',
    headers: BROWSER_ENCODINGS,
  },
  {
    name: 'borough scorecard',
    path: '/api/priorities/2018-19/boroughs/camden',
    kind: 'internal',
    headers: BROWSER_ENCODINGS,
  },
  { name: 'findings tracker', path: '/api/findings', kind: 'internal', headers: BROWSER_ENCODINGS },
];

interface Figures {
  readonly requestsPerSecond: number;
  readonly p99: number;
  readonly failures: number;
}

async function load(url: string, seconds: number, headers: Record<string, string>): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
  return {
    requestsPerSecond: result.requests.average,
    p99: result.latency.p99,
    failures: result.errors + result.non2xx,
  };
}

async function signIn(server: Served): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.performance', password: PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || cookie === undefined) throw new Error(`signing in answered ${response.status}`);
  return cookie;
}

function goal(target: Target, figures: Figures, bare: Figures): string {
  if (target.kind === 'baseline') return 'baseline';
  if (target.kind === 'internal') return figures.p99 < 50 ? 'met (p99 < 50 ms)' : 'not met (p99 < 50 ms)';
  const share = figures.requestsPerSecond / bare.requestsPerSecond;
  return share >= 0.25 && figures.p99 < 20 ? 'met (≥ 25%, p99 < 20 ms)' : 'not met (≥ 25%, p99 < 20 ms)';
}

function prepareDatabase(env: NodeJS.ProcessEnv): void {
  bluelamp(['demo'], env);
  bluelamp(['users', 'add', 'bench.performance', '--role', 'performance', '--password-stdin'], env, `${PASSWORD}\n`);
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-http-'));
const databaseUrl = process.env.BLUELAMP_BENCH_DATABASE_URL ?? `sqlite:${path.join(folder, 'bench.db')}`;
const env = { ...process.env, DATABASE_URL: databaseUrl };
const profiling = process.env.BLUELAMP_BENCH_PROFILE === '1' ? serverProfiling(folder) : null;
prepareDatabase(env);
const server = await startBluelamp({ ...env, ...profiling?.env }, profiling?.nodeArgs);
const bare = await startBare();
const idleMegabytes = residentMegabytes(server.child.pid) ?? 0;
let peakMegabytes = 0;
// What the server is under when its memory peaks; before the first route, only its own start.
let loading = 'nothing yet';
let peakDuring = loading;
const sampler = setInterval(() => {
  const megabytes = residentMegabytes(server.child.pid) ?? 0;
  if (megabytes > peakMegabytes) [peakMegabytes, peakDuring] = [megabytes, loading];
}, 100);
try {
  const cookie = await signIn(server);
  const rows: { target: Target; figures: Figures }[] = [];
  const bareTarget: Target = { name: 'bare Fastify route (baseline)', path: '/bare', kind: 'baseline' };
  await load(`${bare.url}/bare`, 2, {});
  const bareFigures = await load(`${bare.url}/bare`, SECONDS, {});
  rows.push({ target: bareTarget, figures: bareFigures });
  for (const target of TARGETS.filter((candidate) => ONLY.test(candidate.path))) {
    loading = target.path;
    const headers: Record<string, string> = { ...target.headers, ...(target.kind === 'internal' ? { cookie } : {}) };
    await load(`${server.url}${target.path}`, 2, headers);
    rows.push({ target, figures: await load(`${server.url}${target.path}`, SECONDS, headers) });
  }
  const database = databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
  const lines = [
    `${new Date().toISOString().slice(0, 10)}: ${CONNECTIONS} connections, ${SECONDS} s each, ${database}, demo data, ` +
      `Node ${process.version}, ${os.cpus().length} CPUs; server and load generator in separate processes`,
    '',
    '| route | path | requests/s | share of bare | p99 | failed | goal |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ({ target, figures }) =>
        `| ${target.name} | \`${target.path}\` | ${figures.requestsPerSecond.toFixed(0)} | ` +
        `${((100 * figures.requestsPerSecond) / bareFigures.requestsPerSecond).toFixed(1)}% | ${figures.p99.toFixed(0)} ms | ` +
        `${figures.failures} | ${goal(target, figures, bareFigures)} |`,
    ),
    '',
    `Server peak resident memory: ${peakMegabytes.toFixed(0)} MB while loading \`${peakDuring}\` ` +
      `(goal under 256 MB: ${peakMegabytes < 256 ? 'met' : 'not met'}); ${idleMegabytes.toFixed(0)} MB once started.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  clearInterval(sampler);
  await Promise.all([stop(server), stop(bare)]);
  if (profiling !== null) process.stdout.write(`\n${profiling.report().join('\n')}\n`);
  fs.rmSync(folder, { recursive: true, force: true });
}
