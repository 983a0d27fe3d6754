import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { sharedDataFile } from '../test/support/sharedData.js';
import {
  compareMeasure,
  importMpsBoroughSeries,
  loadDemoData,
  openServiceContext,
  type ServiceContext,
} from '../src/services/index.js';
import type { Benchmark } from './harness.js';

const FILE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');
let ctx: ServiceContext;
let folder: string | undefined;
const AREAS = [
  'London',
  'EA',
  'CN',
  'SW',
  'WA',
  'CE',
  'NE',
  'NW',
  'SE',
  'NA',
  'SC',
  'SA',
  'CW',
  'camden',
  'westminster',
  'croydon',
];
const MEASURES = ['crime-total', 'burglary', 'robbery', 'violence-against-the-person', 'sexual-offences', 'homicide'];

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-measures-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  await loadDemoData(ctx);
  await importMpsBoroughSeries(ctx, { fileName: 'mps.csv', content: fs.createReadStream(FILE) });
}

/** Reading the file line by line and adding up every number: the floor for any loader. */
async function plainRead(): Promise<number> {
  let total = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(FILE) })) {
    for (const cell of line.split(',')) total += Number(cell) || 0;
  }
  return total;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'load the MPS borough file (1,056 rows × 108 months) into monthly counts (SQLite)',
    goal: 'under 40× a plain streaming read that adds up the cells',
    setUp,
    baseline: { name: 'stream the file and add up its cells', run: plainRead },
    subject: {
      name: 'importMpsBoroughSeries (re-load, nothing changes)',
      run: () => importMpsBoroughSeries(ctx, { fileName: 'mps.csv', content: fs.createReadStream(FILE) }),
    },
  },
  {
    name: 'measures compare for 16 areas × 6 crime measures, 2015-16 against 2014-15 (SQLite)',
    goal: 'under 40× streaming the file once',
    setUp,
    tearDown: async () => {
      await ctx.store.close();
      if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
    },
    baseline: { name: 'stream the file and add up its cells', run: plainRead },
    subject: {
      name: '96 comparisons',
      run: async () => {
        for (const area of AREAS) {
          for (const measure of MEASURES) await compareMeasure(ctx, { measure, area, period: '2015-16' });
        }
      },
    },
  },
];
