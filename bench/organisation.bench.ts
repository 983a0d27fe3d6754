import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/api/index.js';
import { listBcus, loadDemoData, openServiceContext, type ServiceContext } from '../src/services/index.js';
import type { Benchmark } from './harness.js';

let ctx: ServiceContext;
let app: FastifyInstance;
let folder: string | undefined;

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  await loadDemoData(ctx);
  app = await buildServer(ctx);
}

export const benchmarks: Benchmark[] = [
  {
    name: 'list BCUs on a date (SQLite)',
    goal: 'under 5× reading the organisation rows above the wards',
    setUp,
    // The use case reads no wards (the demo has 629), so neither does its baseline.
    baseline: {
      name: 'select units and memberships above the wards',
      run: () =>
        Promise.all([
          ctx.store.db.selectFrom('org_units').selectAll().where('kind', '!=', 'ward').execute(),
          ctx.store.db
            .selectFrom('org_memberships as m')
            .innerJoin('org_units as u', 'u.id', 'm.unit_id')
            .selectAll('m')
            .where('u.kind', '!=', 'ward')
            .execute(),
        ]),
    },
    subject: { name: 'listBcus', run: () => listBcus(ctx, { on: '2018-10-01' }) },
  },
  {
    name: 'GET /api/organisation/bcus',
    goal: 'under 3× the use case called directly',
    setUp,
    // Both benchmarks share one database; the last one closes it.
    tearDown: async () => {
      await app.close();
      await ctx.store.close();
      if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
    },
    baseline: { name: 'listBcus called directly', run: () => listBcus(ctx, {}) },
    subject: {
      name: 'GET /api/organisation/bcus',
      run: () => app.inject({ method: 'GET', url: '/api/organisation/bcus' }),
    },
  },
];
