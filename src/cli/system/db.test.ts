import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, TEST_POSTGRES_URL, type TestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
  delete process.env.BLUELAMP_BACKUP_KEY;
});

async function withConnection<T>(url: string, work: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }),
  });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

describe('running Bluelamp on PostgreSQL as a role limited to what the application needs', () => {
  const role = `bluelamp_app_${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let ownerUrl: string;
  let appUrl: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    ownerUrl = databaseUrlOf(database.config);
    const url = new URL(ownerUrl);
    url.username = role;
    appUrl = url.toString();
    await withConnection(TEST_POSTGRES_URL, (admin) => sql`create role ${sql.id(role)} login`.execute(admin));
  });
  afterAll(async () => {
    await database.drop();
    await withConnection(TEST_POSTGRES_URL, (admin) => sql`drop role if exists ${sql.id(role)}`.execute(admin));
  });

  it('migrates as the owner and limits the application role', async () => {
    process.env.DATABASE_URL = ownerUrl;
    const migrated = await run('db', 'migrate', '--app-role', role);
    expect(migrated.err).toBe('');
    expect(migrated.out).toMatch(/^Applied 0001_organisation, .*0017_append_only_guards.* on PostgreSQL/);
    expect(migrated.out).toContain(
      `${role} may read and write, but only add to the audit trail and the published reports`,
    );
  });

  it('works as that role: loads the demo, edits, verifies the trail and backs up', async () => {
    process.env.DATABASE_URL = appUrl;
    expect((await run('demo')).code).toBe(0);
    expect((await run('org', 'set', 'CN', '--name', 'Central North BCU', '--reason', 'Renamed')).code).toBe(0);
    expect((await run('audit', 'verify')).code).toBe(0);
    process.env.BLUELAMP_BACKUP_KEY = 'a backup key the operator keeps apart 2026';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-role-')), 'app.bluelamp.gz');
    expect((await run('backup', file)).code).toBe(0);
  }, 120_000);

  it('cannot truncate, delete or rewrite the guarded tables, switch a guard off or change the schema', async () => {
    await withConnection(appUrl, async (app) => {
      for (const table of ['audit_entries', 'published_reports', 'milestone_updates']) {
        await expect(sql`truncate ${sql.table(table)} cascade`.execute(app)).rejects.toThrow(/permission denied/);
      }
      await expect(sql`delete from audit_entries`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`update audit_entries set actor = 'x'`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`delete from published_reports`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`delete from milestone_updates`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`alter table audit_entries disable trigger all`.execute(app)).rejects.toThrow(/must be owner/);
      await expect(sql`drop trigger audit_entries_append_only on audit_entries`.execute(app)).rejects.toThrow(
        /must be owner/,
      );
      await expect(sql`create table escape_hatch (id integer)`.execute(app)).rejects.toThrow(/permission denied/);
      await expect(sql`delete from kysely_migration`.execute(app)).rejects.toThrow(/permission denied/);
    });
    process.env.DATABASE_URL = appUrl;
    expect((await run('audit', 'verify')).code).toBe(0);
  });

  it('refuses to limit the role that owns the tables, which no limit could hold', async () => {
    process.env.DATABASE_URL = ownerUrl;
    const owner = new URL(ownerUrl).username;
    const result = await run('db', 'migrate', '--app-role', owner);
    expect(result).toMatchObject({ code: 1 });
    expect(result.err).toContain(`The role "${owner}" owns the tables, runs the migrations or is a superuser`);
    expect((await run('db', 'migrate', '--app-role', 'no_such_role')).err).toContain(
      'There is no PostgreSQL role "no_such_role"',
    );
  });
});

describe('limiting an application role on SQLite', () => {
  it('says SQLite has no roles, and what protects it instead', async () => {
    const database = await createTestDatabase('sqlite');
    try {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const result = await run('db', 'migrate', '--app-role', 'bluelamp_app');
      expect(result).toMatchObject({
        code: 1,
        err: expect.stringContaining('SQLite has no database roles') as unknown,
      });
    } finally {
      await database.drop();
    }
  });
});
