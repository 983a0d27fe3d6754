import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

for (const dialect of DIALECTS) {
  describe(`bluelamp audit (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      await run('demo');
    });
    afterAll(async () => {
      await database.drop();
    });

    it('reports the chain intact after the demo load and a few edits, with the edits in the log', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      expect((await run('org', 'set', 'S&G', '--name', 'Strategy and Performance', '--reason', 'Renamed')).out).toBe(
        'S&G is now "Strategy and Performance" (lead code S&G).',
      );
      expect((await run('org', 'set', 'RV', '--lead-code', 'R&V')).code).toBe(0);
      const verify = await run('audit', 'verify');
      expect(verify.code).toBe(0);
      expect(verify.out).toMatch(
        /^The audit trail is intact: \d+ entries, last hash [0-9a-f]{16}…; it reaches the head anchored outside the database at entry \d+ \(.*audit-anchor\.json, .*\)\.$/,
      );
      const log = await run('audit', 'log', '--entity-id', 'S&G');
      expect(log.out).toMatch(/create\s+org_unit S&G\s+Demo data set loaded/);
      expect(log.out).toMatch(/cli:\S+\s+update\s+org_unit S&G\s+Renamed/);
    });

    it('exits 3 once the last 20 entries are deleted with the guard dropped, and again after later changes', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const { entries } = JSON.parse((await run('audit', 'verify', '--json')).out) as { entries: number };
      const store = await openStore(database.config);
      try {
        if (dialect === 'postgres')
          await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(store.db);
        else await sql`drop trigger audit_entries_no_delete`.execute(store.db);
        await store.db
          .deleteFrom('audit_entries')
          .where('sequence', '>', entries - 20)
          .execute();
      } finally {
        await store.close();
      }
      const verify = await run('audit', 'verify');
      expect(verify.code).toBe(3);
      expect(verify.err).toMatch(
        new RegExp(
          `^The audit trail is broken at entry ${entries - 19}: entry ${entries - 19} is missing: the trail ends at entry ${entries - 20}, but the anchor written outside the database \\(.*\\) records entry ${entries}; entries ${entries - 19} to ${entries} were removed\\.$`,
        ),
      );
      expect((await run('org', 'set', 'HR', '--name', 'People')).code).toBe(0);
      expect((await run('audit', 'verify')).code).toBe(3);
      const accepted = await run('audit', 'anchor', '--reason', 'Entries lost with the disk; accepted after review');
      expect(accepted.out).toMatch(
        new RegExp(
          `^Anchored the audit trail at entry ${entries - 18} in .*; it recorded entry ${entries} at .* before\\.$`,
        ),
      );
      expect((await run('audit', 'verify')).code).toBe(0);
    });

    it('names the exact entry altered by hand in the database, and exits 3', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const store = await openStore(database.config);
      try {
        if (dialect === 'postgres')
          await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(store.db);
        else await sql`drop trigger audit_entries_no_update`.execute(store.db);
        await store.db
          .updateTable('audit_entries')
          .set({ actor: 'cli:someone-else' })
          .where('sequence', '=', 12)
          .execute();
      } finally {
        await store.close();
      }
      const verify = await run('audit', 'verify');
      expect(verify.code).toBe(3);
      expect(verify.err).toMatch(
        /^The audit trail is broken at entry 12 \(create of org_unit \S+ by cli:someone-else at .*\): its content no longer matches its hash/,
      );
    });

    it('refuses an edit that would blank a name, changing nothing', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const result = await run('org', 'set', 'HR', '--name', ' ');
      expect(result).toMatchObject({ code: 1, err: 'bluelamp: A unit name must have between 1 and 200 characters.' });
    });
  });
}
