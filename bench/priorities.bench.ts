import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  getCategoryScorecard,
  getEvidencePack,
  loadDemoData,
  openServiceContext,
  type ServiceContext,
} from '../src/services/index.js';
import { listEligibleCategoryCodes, sumCrimeCounts, sumCrimeCountsByArea } from '../src/store/index.js';
import type { Benchmark } from './harness.js';

let ctx: ServiceContext;
let folder: string | undefined;
const BURGLARY = ['burglary', 'burglary-residential', 'burglary-business'];

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-priorities-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  await loadDemoData(ctx);
}

/** The three sums by borough a category scorecard cannot do without: this year, last year, the rolling year. */
async function scorecardSums(): Promise<void> {
  for (const [firstMonth, lastMonth] of [
    ['2018-04', '2018-06'],
    ['2017-04', '2017-06'],
    ['2017-07', '2018-06'],
  ] as const) {
    await sumCrimeCountsByArea(ctx.store.db, { categoryCodes: BURGLARY, firstMonth, lastMonth });
  }
}

/** One borough's 36 months and London's two last years, for each eligible category: the evidence pack's reads. */
async function evidenceSums(): Promise<void> {
  for (const code of await listEligibleCategoryCodes(ctx.store.db)) {
    const span = { firstMonth: '2015-04', lastMonth: '2018-03' };
    await sumCrimeCounts(ctx.store.db, { areaCodes: ['havering'], categoryCodes: [code], ...span });
    await sumCrimeCountsByArea(ctx.store.db, { categoryCodes: [code], firstMonth: '2017-04', lastMonth: '2018-03' });
    await sumCrimeCountsByArea(ctx.store.db, { categoryCodes: [code], firstMonth: '2016-04', lastMonth: '2017-03' });
  }
}

export const benchmarks: Benchmark[] = [
  {
    name: 'category scorecard: burglary across the 32 boroughs, 2018-19 so far (SQLite, demo)',
    goal: 'under 5× the three sums by borough it needs',
    setUp,
    baseline: { name: 'three sums of burglary by borough', run: scorecardSums },
    subject: {
      name: 'getCategoryScorecard',
      run: () => getCategoryScorecard(ctx, { year: '2018-19', category: 'burglary' }),
    },
  },
  {
    name: "evidence pack: Havering's 13 candidate categories over three years (SQLite, demo)",
    goal: 'under 5× the sums it needs',
    setUp,
    tearDown: async () => {
      await ctx.store.close();
      if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
      folder = undefined;
    },
    baseline: { name: "Havering's monthly counts and London's two years by borough, per category", run: evidenceSums },
    subject: { name: 'getEvidencePack', run: () => getEvidencePack(ctx, { year: '2018-19', borough: 'havering' }) },
  },
];
