import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../test/support/testStores.js';
import { DatabaseUnavailableError, openStore } from './database.js';
import { MIGRATIONS, MigrationFailedError, migrateToLatest } from './migrations/index.js';

describe('opening the store', () => {
  it('creates the SQLite file and its folder when they do not exist', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-open-'));
    const filename = path.join(folder, 'nested', 'bluelamp.db');
    const store = await openStore({ dialect: 'sqlite', filename });
    await store.close();
    expect(fs.existsSync(filename)).toBe(true);
    fs.rmSync(folder, { recursive: true });
  });

  it('names the folder and the fix when the data folder cannot be written', async () => {
    const attempt = openStore({ dialect: 'sqlite', filename: '/proc/bluelamp/bluelamp.db' });
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/folder \/proc\/bluelamp is read-only.*DATABASE_URL=sqlite:/);
  });

  it('explains a data folder whose path runs through a file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-file-')), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    await expect(openStore({ dialect: 'sqlite', filename: path.join(file, 'b.db') })).rejects.toThrow(
      /read-only or cannot be created/,
    );
  });

  it('says the connection was refused when no PostgreSQL listens at the address', async () => {
    const attempt = openStore({ dialect: 'postgres', connectionString: 'postgres://u:secret@127.0.0.1:1/bluelamp' });
    await expect(attempt).rejects.toThrow(
      /Could not reach PostgreSQL at postgres:\/\/u:\*\*\*\*@127\.0\.0\.1:1\/bluelamp: the connection was refused/,
    );
  });

  it('says which PostgreSQL database is missing and how to create it', async () => {
    const attempt = openStore({
      dialect: 'postgres',
      connectionString: 'postgres://postgres@127.0.0.1:5432/no_such_bluelamp_db',
    });
    await expect(attempt).rejects.toThrow(/does not exist\. Create it first/);
  });
});

for (const dialect of DIALECTS) {
  describe(`migrations (${dialect})`, () => {
    it('creates every table on an empty database and does nothing the second time', async () => {
      const database = await createTestDatabase(dialect);
      const store = await openStore(database.config);
      try {
        const first = await migrateToLatest(store);
        expect(first.applied).toEqual(Object.keys(MIGRATIONS));
        const second = await migrateToLatest(store);
        expect(second).toEqual({ applied: [], current: first.current });
        const tables = (await store.db.introspection.getTables()).map((table) => table.name);
        expect(tables).toEqual(expect.arrayContaining(['org_units', 'org_memberships']));
      } finally {
        await store.close();
        await database.drop();
      }
    });

    it('rolls a failing migration back so the database is exactly as it was', async () => {
      const database = await createTestDatabase(dialect);
      const store = await openStore(database.config);
      try {
        await migrateToLatest(store);
        const broken = {
          ...MIGRATIONS,
          '9999_half_done': {
            async up(db: typeof store.db) {
              await db.schema.createTable('half_done').addColumn('x', 'integer').execute();
              await sql`insert into org_units (code, kind, name) values ('X', 'force', 'Half done')`.execute(db);
              await sql`select * from table_that_does_not_exist`.execute(db);
            },
          },
        };
        await expect(migrateToLatest(store, broken)).rejects.toThrow(MigrationFailedError);
        await expect(migrateToLatest(store, broken)).rejects.toThrow(/9999_half_done failed and was rolled back/);
        const tables = (await store.db.introspection.getTables()).map((table) => table.name);
        expect(tables).not.toContain('half_done');
        expect(await store.db.selectFrom('org_units').selectAll().execute()).toEqual([]);
        expect((await migrateToLatest(store)).applied).toEqual([]);
      } finally {
        await store.close();
        await database.drop();
      }
    });
  });
}
