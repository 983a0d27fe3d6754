import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  getPlan,
  listMilestones,
  loadDemoData,
  openServiceContext,
  type ServiceContext,
} from '../src/services/index.js';
import { listUpdatesOfPlan, loadPlanContent } from '../src/store/index.js';
import type { Benchmark } from './harness.js';

let ctx: ServiceContext;
let folder: string | undefined;

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-plans-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  await loadDemoData(ctx);
}

/** Reading every row a plan's answers are built from, and nothing more: the floor for both use cases. */
async function readPlanRows(): Promise<unknown> {
  const content = await loadPlanContent(ctx.store.db, 2);
  return listUpdatesOfPlan(ctx.store.db, content?.plan.key ?? '');
}

export const benchmarks: Benchmark[] = [
  {
    name: 'milestone tracker: Business Plan 2018-19, due by Q4 and not delivered (SQLite)',
    goal: 'under 6× reading the plan rows',
    setUp,
    baseline: { name: 'read plan, nodes, milestones, leads, links, updates', run: readPlanRows },
    subject: { name: 'listMilestones', run: () => listMilestones(ctx, { planId: 2, dueBy: '2018-19 Q4' }) },
  },
  {
    name: 'plan tree with progress roll-up: Business Plan 2018-19 (SQLite)',
    goal: 'under 8× reading the plan rows',
    setUp,
    tearDown: async () => {
      await ctx.store.close();
      if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
    },
    baseline: { name: 'read plan, nodes, milestones, leads, links, updates', run: readPlanRows },
    subject: { name: 'getPlan', run: () => getPlan(ctx, { planId: 2 }) },
  },
];
