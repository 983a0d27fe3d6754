import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { DIALECTS, createTestDatabase, type TestDatabase } from '../../../test/support/testStores.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { assertBuilt, BIN, runBluelamp } from '../../../test/support/processes.js';
import { openStore, sumStreetCrimes, type Store } from '../../store/index.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-crash-'));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A Met street file for April 2018 whose every row is its own aggregate, so writing it takes a while. */
function streetFile(dir: string, rows: number): string {
  const file = path.join(folder, dir, '2018-04-metropolitan-street.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines = [POLICE_UK_LAYOUTS.street.join(',')];
  for (let i = 0; i < rows; i++) {
    const lsoa = `E01${String(i % 1_000_000).padStart(6, '0')}`;
    lines.push(
      `id${i},2018-04,Metropolitan Police Service,Metropolitan Police Service,-0.1,51.5,On or near Mill Road,${lsoa},Camden ${String(i % 1000).padStart(3, '0')}A,Burglary,Outcome ${i},`,
    );
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function aprilCrimes(store: Store): Promise<number> {
  const rows = await sumStreetCrimes(store.db, {
    forces: ['metropolitan'],
    firstMonth: '2018-04',
    lastMonth: '2018-04',
    by: [],
  });
  return rows[0]?.count ?? 0;
}

/** Whether the loader is part-way through writing its slice: its transaction has begun writing rows. */
async function writing(database: TestDatabase, walStart: number, watcher: Store | null): Promise<boolean> {
  if (database.config.dialect === 'sqlite') {
    const wal = `${database.config.filename}-wal`;
    return fs.existsSync(wal) && fs.statSync(wal).size > walStart + 4 * 1024 * 1024;
  }
  if (watcher === null) return false;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and query like 'insert into "street_crime_counts"%'`.execute(
    watcher.db,
  );
  return (rows[0]?.n ?? 0) > 0;
}

for (const dialect of DIALECTS) {
  describe(`a loader killed in the middle of a slice (${dialect})`, () => {
    let database: TestDatabase;
    let env: NodeJS.ProcessEnv;
    beforeAll(async () => {
      assertBuilt();
      database = await createTestDatabase(dialect);
      env = { DATABASE_URL: databaseUrlOf(database.config) };
      expect((await runBluelamp(['demo'], env)).code).toBe(0);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('leaves the slice as it was before, and a re-run completes it', async () => {
      const small = streetFile('small', 5);
      // Five rows in place of the demo's April slice: far fewer, so accepted in so many words.
      expect((await runBluelamp(['import', 'police-uk', small, '--accept-smaller'], env)).code).toBe(0);
      const big = streetFile('big', 300_000);
      const walFile = database.config.dialect === 'sqlite' ? `${database.config.filename}-wal` : '';
      const walStart = walFile !== '' && fs.existsSync(walFile) ? fs.statSync(walFile).size : 0;
      const watcher = dialect === 'postgres' ? await openStore(database.config) : null;
      const child = spawn(process.execPath, [BIN, 'import', 'police-uk', big], { env: { ...process.env, ...env } });
      const ended = new Promise<string | null>((resolve) =>
        child.once('exit', (_code, signal) => {
          resolve(signal);
        }),
      );
      let killedWhileWriting = false;
      while (child.exitCode === null) {
        if (await writing(database, walStart, watcher)) {
          killedWhileWriting = child.kill('SIGKILL');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(await ended).toBe('SIGKILL');
      expect(killedWhileWriting).toBe(true);
      await watcher?.close();

      const after = await openStore(database.config);
      try {
        expect(await aprilCrimes(after)).toBe(5);
        const manifest = await after.db
          .selectFrom('police_uk_slices')
          .select(['file_name', 'rows_loaded'])
          .where('force_code', '=', 'metropolitan')
          .where('month', '=', '2018-04')
          .where('layout', '=', 'street')
          .execute();
        expect(manifest).toEqual([{ file_name: small, rows_loaded: 5 }]);
      } finally {
        await after.close();
      }

      expect((await runBluelamp(['import', 'police-uk', big], env)).code).toBe(0);
      const rerun = await openStore(database.config);
      try {
        expect(await aprilCrimes(rerun)).toBe(300_000);
      } finally {
        await rerun.close();
      }
      // Two loads of 300,000 rows and a kill: on a busy machine this takes well over the default 30 s.
    }, 180_000);
  });
}
