/**
 * npm run bench:latency: the measure page's API answers, timed one by one through the whole HTTP
 * stack on the demo data, reported as median and 99th percentile. A figure for the README, not a
 * test: no test asserts a duration.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildServer } from '../src/api/index.js';
import { loadDemoData, openServiceContext } from '../src/services/index.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-latency-'));
const ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'latency.db')}` });
await loadDemoData(ctx);
const app = await buildServer(ctx);
const urls = [
  '/api/measures/burglary/compare?area=camden&period=2017-18',
  '/api/measures/burglary/series?area=camden',
  '/api/measures/burglary/boroughs?period=2017-18',
];
try {
  for (const url of urls) {
    const times: number[] = [];
    for (let i = 0; i < 520; i += 1) {
      const start = process.hrtime.bigint();
      const response = await app.inject({ method: 'GET', url });
      if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      if (i >= 20) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
    process.stdout.write(`${url}: median ${at(0.5)} ms, 99th percentile ${at(0.99)} ms (500 requests)\n`);
  }
} finally {
  await app.close();
  await ctx.store.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
