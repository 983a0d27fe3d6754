/**
 * npm run bench:police-uk -- [--rows 6000000] [--folder <where the data set goes>] [--postgres <url>]
 *
 * Loads a synthetic national year of police.uk files (43 forces × 12 months, street and stop
 * and search) with Bluelamp — from the month folders and from the archive zip — and has DuckDB
 * read the same files and group them to the same aggregates, in the same run. Prints rows/s,
 * peak RSS and the ratio of each Bluelamp load to DuckDB's time. Nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticPoliceUk } from './syntheticPoliceUk.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '6000000' },
    folder: { type: 'string', default: path.join(os.tmpdir(), 'bluelamp-police-uk-bench') },
    postgres: { type: 'string' },
  },
});
const rows = Number(values.rows);
const dataFolder = path.join(values.folder, `rows-${rows}`);
const zip = `${dataFolder}.zip`;
if (!fs.existsSync(zip)) {
  process.stderr.write(
    `writing a synthetic data set of ${rows.toLocaleString('en-GB')} street rows to ${dataFolder}…\n`,
  );
  fs.rmSync(dataFolder, { recursive: true, force: true });
  await writeSyntheticPoliceUk({ folder: dataFolder, streetRows: rows, seed: 2018, zip });
}
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-'));
const contender = path.join(path.dirname(new URL(import.meta.url).pathname), 'contender.ts');
const tsx = path.resolve('node_modules/.bin/tsx');

interface Result {
  readonly name: string;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly rssBeforeMb?: number;
  readonly rows?: number;
}

function run(name: string, args: string[]): Result {
  process.stderr.write(`measuring ${name}…\n`);
  const output = execFileSync(tsx, [contender, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const lastLine = output.trim().split('\n').pop() ?? '{}';
  return { name, ...(JSON.parse(lastLine) as Omit<Result, 'name'>) };
}

const results: Result[] = [];
results.push(run('DuckDB read_csv + GROUP BY (baseline)', ['duckdb', dataFolder, path.join(work, 'baseline.duckdb')]));
results.push(
  run('Bluelamp, SQLite, month folders', ['bluelamp', dataFolder, `sqlite:${path.join(work, 'folders.db')}`]),
);
results.push(run('Bluelamp, SQLite, archive zip', ['bluelamp', zip, `sqlite:${path.join(work, 'zip.db')}`]));
if (values.postgres !== undefined)
  results.push(run('Bluelamp, PostgreSQL, month folders', ['bluelamp', dataFolder, values.postgres]));
fs.rmSync(work, { recursive: true, force: true });

const baseline = results[0]?.seconds ?? Number.NaN;
const totalRows = results.find((r) => r.rows !== undefined)?.rows ?? 0;
const lines = [
  `${totalRows.toLocaleString('en-GB')} rows (street and stop and search), ${fs.readdirSync(dataFolder).length} months`,
  '',
  '| contender | seconds | rows/s | peak RSS (before the load) | ratio to DuckDB |',
  '| --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.seconds.toFixed(1)} | ${Math.round(totalRows / r.seconds).toLocaleString('en-GB')} | ${r.peakRssMb} MB${r.rssBeforeMb === undefined ? '' : ` (${r.rssBeforeMb} MB)`} | ${(r.seconds / baseline).toFixed(2)}× |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
