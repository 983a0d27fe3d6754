import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { Dialect } from '../../src/store/index.js';
import { runBluelamp } from './cliRun.js';
import { databaseUrlOf } from './databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from './testStores.js';

/**
 * Command-line tests on a database of each dialect loaded with the demo data by `bluelamp demo`.
 * `use()` points DATABASE_URL at that database; each test calls it first, since tests of the
 * other dialect point it elsewhere.
 */
export function describeCliWithDemoData(title: string, body: (use: () => void, dialect: Dialect) => void): void {
  const originalUrl = process.env.DATABASE_URL;
  afterEach(() => {
    if (originalUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = originalUrl;
  });
  for (const dialect of DIALECTS) {
    describe(`${title} (${dialect})`, () => {
      let database: TestDatabase;
      const use = () => {
        process.env.DATABASE_URL = databaseUrlOf(database.config);
      };
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
        use();
        expect((await runBluelamp('demo')).code).toBe(0);
      });
      afterAll(async () => {
        await database.drop();
      });
      body(use, dialect);
    });
  }
}
