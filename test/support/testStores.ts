import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest, openStore, type DatabaseConfig, type Dialect, type Store } from '../../src/store/index.js';

/**
 * A test database is dropped when its tests end, so its commits need not wait for the disk: many
 * tests are a string of small commits, and on a busy machine each flush waited behind others.
 */
export async function throwAwayDurability(admin: Kysely<unknown>, name: string): Promise<void> {
  await sql`alter database ${sql.id(name)} set synchronous_commit to off`.execute(admin);
}

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** The PostgreSQL server the suite uses; the test command starts one when the machine has none. */
export const TEST_POSTGRES_URL =
  process.env.BLUELAMP_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly config: DatabaseConfig;
  drop(): Promise<void>;
}

function uniqueName(): string {
  return `bluelamp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
}

async function withAdmin<T>(run: (admin: Kysely<unknown>) => Promise<T>): Promise<T> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1 }) }),
  });
  try {
    return await run(admin);
  } finally {
    await admin.destroy();
  }
}

/** A new, empty database of the dialect: a temporary SQLite file or a fresh PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const name = uniqueName();
  if (dialect === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-'));
    return {
      config: { dialect, filename: path.join(folder, `${name}.db`) },
      drop: () => {
        fs.rmSync(folder, { recursive: true, force: true });
        return Promise.resolve();
      },
    };
  }
  await withAdmin(async (admin) => {
    await sql`create database ${sql.id(name)}`.execute(admin);
    await throwAwayDurability(admin, name);
  });
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { dialect, connectionString: url.toString() },
    drop: () =>
      withAdmin((admin) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin)).then(
        () => undefined,
      ),
  };
}

/** Opens a migrated store on a fresh database. */
export async function createTestStore(dialect: Dialect): Promise<{ store: Store; database: TestDatabase }> {
  const database = await createTestDatabase(dialect);
  const store = await openStore(database.config);
  await migrateToLatest(store);
  return { store, database };
}

/**
 * Runs the same tests on SQLite and on PostgreSQL, each with its own fresh, migrated database.
 * The callback receives a getter because the store exists only once beforeAll has run.
 */
export function describeOnBothDatabases(title: string, body: (store: () => Store, dialect: Dialect) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${title} (${dialect})`, () => {
      let opened: { store: Store; database: TestDatabase } | undefined;
      beforeAll(async () => {
        opened = await createTestStore(dialect);
      });
      afterAll(async () => {
        await opened?.store.close();
        await opened?.database.drop();
      });
      body(() => {
        if (!opened) throw new Error('The test database is not open yet.');
        return opened.store;
      }, dialect);
    });
  }
}
