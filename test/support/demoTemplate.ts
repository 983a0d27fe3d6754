import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { loadDemoData } from '../../src/services/demo/loadDemoData.js';
import { migrateToLatest, openStore, type DatabaseConfig, type Dialect } from '../../src/store/index.js';
import { TEST_POSTGRES_URL, throwAwayDurability, type TestDatabase } from './testStores.js';

/**
 * The demo loads real crime files (some 250,000 rows), which takes seconds, and a hundred test
 * groups want it on both databases. So it is loaded once per dialect and per version of the code
 * that loads it, into a template, and each test group gets a copy: a file copy for SQLite, CREATE
 * DATABASE … TEMPLATE for PostgreSQL. The copy is byte for byte what loading gives, made in a
 * fraction of the time. Templates are keyed by a hash of every source file under src/ and demo/
 * (tests aside), so changing the code builds a new one; templates of other versions are removed
 * once they are a day old.
 */

const PREFIX = 'bluelamp_demo_';
const STALE_MS = 24 * 60 * 60 * 1000;
const WAIT_MS = 10 * 60 * 1000;
/** A lock file older than this was left by a process that died while building. */
const ABANDONED_MS = 5 * 60 * 1000;

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const item of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, item.name);
    if (item.isDirectory()) found.push(...sourceFiles(full));
    else if (item.isFile() && !/\.test\.tsx?$/.test(item.name)) found.push(full);
  }
  return found;
}

let cachedKey: string | undefined;

/** The version of everything that decides what the demo loads: the code and the demo's files. */
function templateKey(): string {
  if (cachedKey !== undefined) return cachedKey;
  const hash = createHash('sha256');
  for (const file of [...sourceFiles('src'), ...sourceFiles('demo')].sort()) {
    hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  cachedKey = hash.digest('hex').slice(0, 20);
  return cachedKey;
}

async function loadDemoInto(config: DatabaseConfig): Promise<void> {
  const store = await openStore(config);
  try {
    await migrateToLatest(store);
    await loadDemoData({ store, actor: { kind: 'system', label: 'test' }, today: () => '2026-11-22', version: 'test' });
  } finally {
    await store.close();
  }
}

function uniqueName(): string {
  return `bluelamp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

// SQLite: the template is a file, built under a lock file and renamed into place when complete.

const SQLITE_FOLDER = path.join(os.tmpdir(), 'bluelamp-demo-templates');

function removeStaleSqliteTemplates(keep: string): void {
  for (const name of fs.readdirSync(SQLITE_FOLDER)) {
    const file = path.join(SQLITE_FOLDER, name);
    if (name.startsWith(keep)) continue;
    if (Date.now() - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
  }
}

function abandoned(lock: string): boolean {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs > ABANDONED_MS;
  } catch {
    return false;
  }
}

async function waitFor(done: () => boolean, what: string): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > WAIT_MS) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function sqliteTemplate(): Promise<string> {
  fs.mkdirSync(SQLITE_FOLDER, { recursive: true });
  const key = templateKey();
  const template = path.join(SQLITE_FOLDER, `${key}.db`);
  if (fs.existsSync(template)) return template;
  const lock = path.join(SQLITE_FOLDER, `${key}.lock`);
  let held: number;
  try {
    held = fs.openSync(lock, 'wx');
  } catch {
    await waitFor(
      () => fs.existsSync(template) || !fs.existsSync(lock) || abandoned(lock),
      `the demo template ${template}`,
    );
    if (fs.existsSync(template)) return template;
    if (abandoned(lock)) fs.rmSync(lock, { force: true });
    return sqliteTemplate();
  }
  try {
    const building = path.join(SQLITE_FOLDER, `${key}.building-${process.pid}`, 'demo.db');
    fs.mkdirSync(path.dirname(building), { recursive: true });
    await loadDemoInto({ dialect: 'sqlite', filename: building });
    // Closing the store folds the write-ahead log into the file; the template is that file alone.
    if (fs.existsSync(`${building}-wal`) && fs.statSync(`${building}-wal`).size > 0) {
      throw new Error(`The demo template ${building} still has a write-ahead log after closing.`);
    }
    fs.renameSync(building, template);
    fs.rmSync(path.dirname(building), { recursive: true, force: true });
    removeStaleSqliteTemplates(key);
    return template;
  } finally {
    fs.closeSync(held);
    fs.rmSync(lock, { force: true });
  }
}

async function sqliteDemoDatabase(): Promise<TestDatabase> {
  const template = await sqliteTemplate();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-'));
  const filename = path.join(folder, `${uniqueName()}.db`);
  fs.copyFileSync(template, filename);
  return {
    config: { dialect: 'sqlite', filename },
    drop: () => {
      fs.rmSync(folder, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

// PostgreSQL: the template is a database named for the key and the time it was made, built under
// an advisory lock and renamed into place when complete; nothing ever connects to it afterwards.

async function withAdmin<T>(run: (admin: Kysely<unknown>) => Promise<T>): Promise<T> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1, idleTimeoutMillis: 0 }),
    }),
  });
  try {
    return await run(admin);
  } finally {
    await admin.destroy();
  }
}

function urlOf(database: string): string {
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function templateNames(admin: Kysely<unknown>): Promise<string[]> {
  const rows = await sql<{
    datname: string;
  }>`select datname from pg_database where datname like ${`${PREFIX}%`}`.execute(admin);
  return rows.rows.map((row) => row.datname);
}

async function buildPostgresTemplate(admin: Kysely<unknown>, key: string): Promise<string> {
  const building = `${PREFIX}${key}_building`;
  await sql`drop database if exists ${sql.id(building)} with (force)`.execute(admin);
  await sql`create database ${sql.id(building)}`.execute(admin);
  await loadDemoInto({ dialect: 'postgres', connectionString: urlOf(building) });
  const name = `${PREFIX}${key}_${Date.now()}`;
  await sql`alter database ${sql.id(building)} rename to ${sql.id(name)}`.execute(admin);
  for (const other of await templateNames(admin)) {
    const made = Number(/_(\d+)$/.exec(other)?.[1] ?? Number.NaN);
    if (!other.startsWith(`${PREFIX}${key}`) && Date.now() - made > STALE_MS) {
      await sql`drop database if exists ${sql.id(other)} with (force)`.execute(admin);
    }
  }
  return name;
}

async function postgresTemplate(): Promise<string> {
  const key = templateKey();
  const ready = (names: string[]) => names.find((n) => n.startsWith(`${PREFIX}${key}_`) && !n.endsWith('_building'));
  const lock = `${PREFIX}${key}`;
  return withAdmin(async (admin) => {
    const found = ready(await templateNames(admin));
    if (found !== undefined) return found;
    // A session lock lives as long as its connection, so the whole build holds one connection.
    return admin.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(hashtext(${lock}))`.execute(connection);
      try {
        return ready(await templateNames(connection)) ?? (await buildPostgresTemplate(connection, key));
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${lock}))`.execute(connection);
      }
    });
  });
}

async function postgresDemoDatabase(): Promise<TestDatabase> {
  const template = await postgresTemplate();
  const name = uniqueName();
  await withAdmin(async (admin) => {
    await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin);
    await throwAwayDurability(admin, name);
  });
  return {
    config: { dialect: 'postgres', connectionString: urlOf(name) },
    drop: () =>
      withAdmin((admin) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin)).then(
        () => undefined,
      ),
  };
}

/** A new database of the dialect holding the demo data set, exactly as `loadDemoData` leaves it. */
export function createDemoTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  return dialect === 'sqlite' ? sqliteDemoDatabase() : postgresDemoDatabase();
}
