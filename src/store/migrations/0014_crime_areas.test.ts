import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { openStore, type Store } from '../database.js';
import { listOrgUnits } from '../organisation/organisationStore.js';
import { MIGRATIONS, migrateToLatest } from './index.js';

const BEFORE = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0014'));

for (const dialect of DIALECTS) {
  describe(`migration 0014, the force's own areas, on a database made before it (${dialect})`, () => {
    let database: TestDatabase;
    let store: Store;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      store = await openStore(database.config);
      await migrateToLatest(store, BEFORE);
      for (const [code, kind, name] of [
        ['camden', 'borough', 'Camden'],
        ['airports', 'airports', 'Heathrow and London City airports'],
        ['CN', 'bcu', 'Central North'],
      ]) {
        await sql`insert into org_units (code, kind, name) values (${code}, ${kind}, ${name})`.execute(store.db);
      }
      await migrateToLatest(store);
    });
    afterAll(async () => {
      await store.close();
      await database.drop();
    });

    it('puts the boroughs and the airports area in the force total, and gives the airports its MPS names', async () => {
      const units = await listOrgUnits(store.db);
      expect(units.map((u) => [u.code, u.inForceTotal === true, u.aliases ?? []])).toEqual([
        ['camden', true, []],
        ['airports', true, ['London Heathrow and London City Airports', 'Aviation Security (SO18)']],
        ['CN', false, []],
      ]);
    });
  });
}
