/**
 * npm run bench:police-uk -- [--rows 6000000] [--folder <where the data set goes>] [--postgres <url>]
 *
 * Loads a synthetic national year of police.uk files (43 forces × 12 months, street and stop
 * and search) with Bluelamp into SQLite — from the month folders and from the archive zip — and
 * into PostgreSQL, and has DuckDB read the same files and group them to the same aggregates, in
 * the same run. PostgreSQL is the server at --postgres, else BLUELAMP_TEST_POSTGRES_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres; the load goes into a database made for the run and
 * dropped after it. Prints rows/s, peak RSS and the ratio of each load to DuckDB's time, beside
 * the ratio aimed for. Nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
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
  /** The ratio to DuckDB's time the load aims to stay within. */
  readonly aim?: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly rssBeforeMb?: number;
  readonly rows?: number;
}

function contend(args: string[]): string {
  const output = execFileSync(tsx, [contender, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return output.trim().split('\n').pop() ?? '{}';
}

function run(name: string, args: string[], aim?: number): Result {
  process.stderr.write(`measuring ${name}…\n`);
  return { name, aim, ...(JSON.parse(contend(args)) as Omit<Result, 'name'>) };
}

/** A Bluelamp load into a database holding the demo data, prepared in a process of its own. */
function bluelamp(name: string, source: string, databaseUrl: string, aim: number): Result {
  contend(['prepare', '-', databaseUrl]);
  return run(name, ['bluelamp', source, databaseUrl], aim);
}

/** A database of its own on the PostgreSQL server, for one run: its URL, and how to drop it. */
async function postgresDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `bluelamp_bench_${process.pid}`;
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const postgresServer =
  values.postgres ?? process.env.BLUELAMP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const results: Result[] = [];
results.push(run('DuckDB read_csv + GROUP BY (baseline)', ['duckdb', dataFolder, path.join(work, 'baseline.duckdb')]));
results.push(bluelamp('SQLite, month folders', dataFolder, `sqlite:${path.join(work, 'folders.db')}`, 1.5));
results.push(bluelamp('SQLite, archive zip', zip, `sqlite:${path.join(work, 'zip.db')}`, 1.5));
const postgres = await postgresDatabase(postgresServer);
try {
  results.push(bluelamp('PostgreSQL, month folders', dataFolder, postgres.url, 2.5));
} finally {
  await postgres.drop();
  fs.rmSync(work, { recursive: true, force: true });
}

const baseline = results[0]?.seconds ?? Number.NaN;
const totalRows = results.find((r) => r.rows !== undefined)?.rows ?? 0;
const lines = [
  `${totalRows.toLocaleString('en-GB')} rows (street and stop and search), ${fs.readdirSync(dataFolder).length} months`,
  '',
  '| contender | seconds | rows/s | peak RSS (before the load) | ratio to DuckDB | aim |',
  '| --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.name} | ${r.seconds.toFixed(1)} | ${Math.round(totalRows / r.seconds).toLocaleString('en-GB')} | ${r.peakRssMb} MB${r.rssBeforeMb === undefined ? '' : ` (${r.rssBeforeMb} MB)`} | ${(r.seconds / baseline).toFixed(2)}× | ${r.aim === undefined ? '' : `≤ ${r.aim}×, < 300 MB`} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
