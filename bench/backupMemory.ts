/**
 * npx tsx bench/backupMemory.ts [--rows 1000000] [--postgres <server url>]
 *
 * Fills a database with police.uk street-crime aggregates (synthetic, a million rows by
 * default), then runs "bluelamp backup" and "bluelamp restore" on it, each in a process of its
 * own that reports its own peak RSS (bench/backupContender.ts). The goal is a peak under 300 MB
 * whatever the size; nothing here asserts it — the table is for the README.
 *
 * The contenders run this tree's code compiled to plain JavaScript (esbuild, one file for one
 * file, into var/), as the installed command runs it: under tsx the loader alone costs another
 * 100 MB, which would measure tsx rather than Bluelamp.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { migrateToLatest, openStore, parseDatabaseUrl, type BulkValue, type Store } from '../src/store/index.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, postgres: { type: 'string' } },
});
const rows = Number(values.rows);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-backup-bench-'));
const compiled = path.resolve('var', `bench-build-${process.pid}`);
const contender = path.join(compiled, 'bench', 'backupContender.js');

/** This tree's sources as JavaScript beside node_modules, so the contender imports resolve as installed. */
async function compile(): Promise<void> {
  const sources = ['src', 'demo'].flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => path.join(folder, file)),
  );
  await build({
    entryPoints: [...sources, 'bench/backupContender.ts'],
    outdir: compiled,
    outbase: '.',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
}
const environment = {
  ...process.env,
  BLUELAMP_BACKUP_KEY: 'a synthetic key for the backup benchmark only',
  BLUELAMP_AUDIT_ANCHOR_DIR: path.join(work, 'anchors'),
};

const CRIME_TYPES = ['Burglary', 'Robbery', 'Vehicle crime', 'Violence and sexual offences', 'Shoplifting', 'Drugs'];
const OUTCOMES = ['Under investigation', 'Investigation complete; no suspect identified', 'Awaiting court outcome'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2018-${String(i + 1).padStart(2, '0')}`);

/** Synthetic aggregates: every LSOA × type × outcome of twelve monthly slices of one force. */
function* streetRows(sliceIds: readonly number[], count: number): Generator<BulkValue[]> {
  for (let i = 0; i < count; i++) {
    const lsoa = Math.floor(i / (CRIME_TYPES.length * OUTCOMES.length)) % 4835;
    yield [
      sliceIds[i % sliceIds.length] ?? 0,
      `E0${String(1_000_000 + lsoa).slice(1)}`,
      `Borough ${lsoa % 33}`,
      CRIME_TYPES[i % CRIME_TYPES.length] ?? '',
      OUTCOMES[Math.floor(i / CRIME_TYPES.length) % OUTCOMES.length] ?? '',
      1 + (i % 17),
    ];
  }
}

async function fill(store: Store): Promise<void> {
  await migrateToLatest(store);
  await store.bulkTransaction(async (trx) => {
    await trx
      .insertInto('police_forces')
      .values({ code: 'metropolitan', name: 'Metropolitan Police Service' })
      .execute();
    const sliceIds: number[] = [];
    for (const month of MONTHS) {
      const slice = await trx
        .insertInto('police_uk_slices')
        .values({
          ...{ force_code: 'metropolitan', month, layout: 'street', file_name: `${month}-metropolitan-street.csv` },
          ...{ size_bytes: 0, sha256: '0'.repeat(64), rows_read: 0, rows_loaded: 0, rows_out_of_area: 0 },
          ...{
            rows_no_location: 0,
            rows_unmapped_area: 0,
            problems_json: '[]',
            loaded_at: '2026-12-01',
            loaded_by: 'bench',
          },
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      sliceIds.push(slice.id);
    }
    const columns = ['slice_id', 'lsoa_code', 'local_authority', 'crime_type', 'last_outcome', 'crimes'];
    const types = ['integer', 'text', 'text', 'text', 'text', 'integer'] as const;
    const spec = columns.map((name, i) => ({ name, type: types[i] ?? 'text' }));
    await store.bulkInsert(trx, 'street_crime_counts', spec, streetRows(sliceIds, rows));
  });
}

interface Result {
  readonly code: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly loadedMb: number;
  readonly errors: string[];
}

function run(command: 'backup' | 'restore', databaseUrl: string, file: string): Result {
  process.stderr.write(`bluelamp ${command} ${databaseUrl}…\n`);
  const output = execFileSync(process.execPath, [contender, command, databaseUrl, file], {
    encoding: 'utf8',
    env: environment,
  });
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as Result;
  if (result.code !== 0) throw new Error(`bluelamp ${command} failed: ${result.errors.join(' ')}`);
  return result;
}

async function measure(name: string, sourceUrl: string, targetUrl: string): Promise<string[]> {
  const source = await openStore(parseDatabaseUrl(sourceUrl));
  process.stderr.write(`filling ${name} with ${rows.toLocaleString('en-GB')} street-crime aggregates…\n`);
  try {
    await fill(source);
  } finally {
    await source.close();
  }
  const file = path.join(work, `${name}.bluelamp.gz`);
  const backup = run('backup', sourceUrl, file);
  const restore = run('restore', targetUrl, file);
  const megabytes = (fs.statSync(file).size / 1024 / 1024).toFixed(1);
  return [backup, restore].map(
    (r, i) =>
      `| ${name} | ${i === 0 ? 'backup' : 'restore'} | ${r.seconds.toFixed(1)} | ${Math.round(rows / r.seconds).toLocaleString('en-GB')} | ${megabytes} MB | ${r.peakRssMb} MB (${r.loadedMb} MB) |`,
  );
}

async function withPostgresDatabases(server: string, work: (source: string, target: string) => Promise<string[]>) {
  const admin = await openStore(parseDatabaseUrl(server));
  const names = [`bluelamp_bench_${process.pid}_source`, `bluelamp_bench_${process.pid}_target`];
  const urls = names.map((name) => Object.assign(new URL(server), { pathname: `/${name}` }).toString());
  try {
    for (const name of names) await sql`create database ${sql.id(name)}`.execute(admin.db);
    return await work(urls[0] ?? '', urls[1] ?? '');
  } finally {
    for (const name of names) await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin.db);
    await admin.close();
  }
}

const lines = [
  `${rows.toLocaleString('en-GB')} street-crime aggregate rows (synthetic), plus an empty schema otherwise`,
  '',
  '| database | command | seconds | rows/s | file | peak RSS (once loaded) |',
  '| --- | --- | --- | --- | --- | --- |',
];
try {
  await compile();
  lines.push(
    ...(await measure('SQLite', `sqlite:${path.join(work, 'source.db')}`, `sqlite:${path.join(work, 'target.db')}`)),
  );
  if (values.postgres !== undefined) {
    lines.push(
      ...(await withPostgresDatabases(values.postgres, (source, target) => measure('PostgreSQL', source, target))),
    );
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(compiled, { recursive: true, force: true });
}
process.stdout.write(`${lines.join('\n')}\n`);
