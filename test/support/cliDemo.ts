import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { Dialect } from '../../src/store/index.js';
import { databaseUrlOf } from './databaseUrls.js';
import { createDemoTestDatabase } from './demoTemplate.js';
import { DIALECTS, type TestDatabase } from './testStores.js';

/**
 * Command-line tests on a database of each dialect holding the demo data (a copy of one `bluelamp
 * demo` loaded, see demoTemplate.ts; src/cli/system/demo.test.ts runs the command itself).
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
        database = await createDemoTestDatabase(dialect);
        use();
      });
      afterAll(async () => {
        await database.drop();
      });
      body(use, dialect);
    });
  }
}
