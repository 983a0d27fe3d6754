import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import type { Dialect, Store } from '../database.js';
import { readDataVersion } from '../system/dataVersions.js';
import { INTERNAL_DATA, LEFT_OUT_OF_INTERNAL_DATA } from './0032_internal_data_version.js';

async function tablesOf(store: Store, dialect: Dialect): Promise<string[]> {
  const found =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.db);
  return found.rows.map((row) => row.name).sort();
}

/** The tables that carry a trigger raising the internal data's version, as the database has them. */
async function triggeredTables(store: Store, dialect: Dialect): Promise<Set<string>> {
  const pattern = `%_${INTERNAL_DATA.stem}%`;
  const found =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select tbl_name as name from sqlite_master
          where type = 'trigger' and name like ${pattern}`.execute(store.db)
      : await sql<{ name: string }>`select c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
          where t.tgname like ${pattern}`.execute(store.db);
  return new Set(found.rows.map((row) => row.name));
}

const internalVersion = async (store: Store) => (await readDataVersion(store.db, INTERNAL_DATA.scope)).version;

for (const dialect of DIALECTS) {
  describe(`the internal data's version (${dialect})`, () => {
    let opened: { store: Store; database: TestDatabase } | undefined;
    const store = () => {
      if (opened === undefined) throw new Error('The store is not open yet.');
      return opened.store;
    };
    beforeAll(async () => {
      opened = await createTestStore(dialect);
    });
    afterAll(async () => {
      await opened?.store.close();
      await opened?.database.drop();
    });

    it('covers every table of the database, or names it among those left out with a reason', async () => {
      const triggered = await triggeredTables(store(), dialect);
      const undecided = (await tablesOf(store(), dialect)).filter(
        (table) => !triggered.has(table) && LEFT_OUT_OF_INTERNAL_DATA[table] === undefined,
      );
      expect(undecided, 'raise the internal data version on these tables, or leave them out with a reason').toEqual([]);
    });

    it('leaves out no table it also raises the version on', async () => {
      const triggered = await triggeredTables(store(), dialect);
      expect(Object.keys(LEFT_OUT_OF_INTERNAL_DATA).filter((table) => triggered.has(table))).toEqual([]);
    });

    it("rises when a person's role changes and when a draft is written, and not when a session is touched", async () => {
      const db = store().db;
      await sql`insert into users (username, display_name, role, password_hash, created_at)
        values ('owner', 'Owner', 'owner', 'x', '2026-01-01T00:00:00.000Z')`.execute(db);
      const before = await internalVersion(store());
      await sql`update users set role = 'viewer' where username = 'owner'`.execute(db);
      const afterRole = await internalVersion(store());
      expect(afterRole).toBeGreaterThan(before);

      const openBefore = (await readDataVersion(db, 'open-data')).version;
      await sql`insert into sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
        select 'hash', id, 'csrf', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'
        from users where username = 'owner'`.execute(db);
      await sql`update sessions set last_seen_at = '2026-01-01T00:05:00.000Z'`.execute(db);
      expect(await internalVersion(store())).toBe(afterRole);
      expect((await readDataVersion(db, 'open-data')).version).toBe(openBefore);
    });
  });
}
