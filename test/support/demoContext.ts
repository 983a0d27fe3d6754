import type { ServiceContext } from '../../src/services/context.js';
import { migrateToLatest, openStore, type Dialect, type Store } from '../../src/store/index.js';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDemoTestDatabase } from './demoTemplate.js';
import { DIALECTS, type TestDatabase } from './testStores.js';

/** A context on a test store; "today" is fixed so that dated answers do not drift. */
export function testContext(store: ServiceContext['store'], today = '2026-11-22'): ServiceContext {
  return { store, actor: { kind: 'system', label: 'test' }, today: () => today, version: 'test' };
}

/**
 * Runs the tests on both databases, each holding the demo data set: a copy of a database the demo
 * was loaded into once (see demoTemplate.ts), since loading its real crime files takes seconds.
 */
export function describeWithDemoData(title: string, body: (ctx: () => ServiceContext, dialect: Dialect) => void): void {
  for (const dialect of DIALECTS) {
    describe(`${title} (${dialect})`, () => {
      let opened: { store: Store; database: TestDatabase } | undefined;
      beforeAll(async () => {
        const database = await createDemoTestDatabase(dialect);
        const store = await openStore(database.config);
        await migrateToLatest(store);
        opened = { store, database };
      });
      afterAll(async () => {
        await opened?.store.close();
        await opened?.database.drop();
      });
      body(() => {
        if (!opened) throw new Error('The test database is not open yet.');
        return testContext(opened.store);
      }, dialect);
    });
  }
}
