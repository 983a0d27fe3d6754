/**
 * Loading MPS recorded-crime files, against reading the same file plainly (line by line, adding up
 * every cell): the floor for any loader, measured in the same run. A database with the demo's
 * organisation and taxonomy (no demo crime figures), SQLite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { defaultCrimeTaxonomy } from '../demo/crimeTaxonomy.js';
import { demoOrganisation } from '../demo/organisation.js';
import { importMpsBoroughSeries, openServiceContext, type ServiceContext } from '../src/services/index.js';
import { insertCrimeTaxonomy, insertOrganisation } from '../src/store/index.js';
import { sharedDataFile } from '../test/support/sharedData.js';
import type { Benchmark } from './harness.js';
import { syntheticWardFile } from './mpsLoadWardFile.js';

const HISTORIC = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');
const RECENT = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Recent_24_months.csv');
let ctx: ServiceContext;
let folder: string | undefined;
let wardFile = '';

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-mps-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  const { units, memberships } = demoOrganisation();
  await ctx.store.db.transaction().execute(async (trx) => {
    await insertOrganisation(trx, units, memberships);
    await insertCrimeTaxonomy(trx, defaultCrimeTaxonomy);
  });
  wardFile = path.join(folder, 'MPS_Ward_Level_Crime_synthetic.csv');
  fs.writeFileSync(wardFile, syntheticWardFile());
  for (const file of [HISTORIC, RECENT, wardFile]) await load(file);
}

async function tearDown(): Promise<void> {
  await ctx.store.close();
  if (folder !== undefined) fs.rmSync(folder, { recursive: true, force: true });
  folder = undefined;
}

const load = (file: string) =>
  importMpsBoroughSeries(ctx, { fileName: path.basename(file), content: fs.createReadStream(file) });

/** Reading the file line by line and adding up every number: the floor for any loader. */
async function plainRead(file: string): Promise<number> {
  let total = 0;
  for await (const line of readline.createInterface({ input: fs.createReadStream(file) })) {
    for (const cell of line.split(',')) total += Number(cell) || 0;
  }
  return total;
}

/** The 2019 file, its months moved on two years at each run, so that every count it gives is new. */
let shifts = 0;
function freshRecentFile(): { text: string; years: number } {
  shifts += 1;
  const [header = '', ...rows] = fs.readFileSync(RECENT, 'utf8').split('\n');
  const moved = header.replace(
    /\b(\d{4})(\d{2})\b/g,
    (_, year: string, month: string) => `${Number(year) + 2 * shifts}${month}`,
  );
  return { text: [moved, ...rows].join('\n'), years: 2 * shifts };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'load the historic MPS borough file again (1,056 rows × 108 months; nothing changes) (SQLite)',
    goal: 'under 10× a plain streaming read that adds up the cells',
    setUp,
    baseline: { name: 'stream the file and add up its cells', run: () => plainRead(HISTORIC) },
    subject: { name: 'importMpsBoroughSeries', run: () => load(HISTORIC) },
  },
  {
    name: 'load the 2019 MPS borough file again (1,050 rows × 24 months, airports included) (SQLite)',
    goal: 'under 10× a plain streaming read that adds up the cells',
    setUp,
    baseline: { name: 'stream the file and add up its cells', run: () => plainRead(RECENT) },
    subject: { name: 'importMpsBoroughSeries', run: () => load(RECENT) },
  },
  {
    name: 'load a ward-level MPS file again (18,700 rows × 24 months, ward and borough counts) (SQLite)',
    goal: 'under 10× a plain streaming read that adds up the cells',
    setUp,
    baseline: { name: 'stream the file and add up its cells', run: () => plainRead(wardFile) },
    subject: { name: 'importMpsBoroughSeries', run: () => load(wardFile) },
  },
  {
    name: 'first load of the 2019 MPS borough file: every count new (23,592 counts) (SQLite)',
    // Every count becomes a row of crime_counts and an entry in each of its two indexes: that
    // writing, not the reading, is what a first load costs.
    goal: 'under 40× a plain streaming read that adds up the cells',
    setUp,
    tearDown,
    baseline: { name: 'stream the file and add up its cells', run: () => plainRead(RECENT) },
    subject: {
      name: 'importMpsBoroughSeries, the months moved on so nothing is held',
      run: () => {
        const { text, years } = freshRecentFile();
        return importMpsBoroughSeries(ctx, {
          fileName: `MPS_Borough_Level_Crime_plus_${years}_years.csv`,
          content: Readable.from([text]),
        });
      },
    },
  },
];
