import type { ServiceContext } from '../../src/services/context.js';
import { loadDemoData } from '../../src/services/demo/loadDemoData.js';
import { describeOnBothDatabases } from './testStores.js';
import type { Dialect } from '../../src/store/index.js';
import { beforeAll } from 'vitest';

/** A context on a test store; "today" is fixed so that dated answers do not drift. */
export function testContext(store: ServiceContext['store'], today = '2026-11-22'): ServiceContext {
  return { store, actor: { kind: 'system', label: 'test' }, today: () => today, version: 'test' };
}

/** Runs the tests on both databases, each loaded with the demo data set. */
export function describeWithDemoData(title: string, body: (ctx: () => ServiceContext, dialect: Dialect) => void): void {
  describeOnBothDatabases(title, (store, dialect) => {
    beforeAll(async () => {
      await loadDemoData(testContext(store()));
    });
    body(() => testContext(store()), dialect);
  });
}
