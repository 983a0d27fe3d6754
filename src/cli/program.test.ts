import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/testStores.js';
import { runBluelamp as run } from '../../test/support/cliRun.js';
import { MIGRATIONS } from '../store/migrations/index.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

for (const dialect of DIALECTS) {
  describe(`the bluelamp command (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.drop();
    });
    const useTestDatabase = () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
    };

    it('migrates, then says the database is up to date', async () => {
      useTestDatabase();
      const names = Object.keys(MIGRATIONS);
      expect((await run('db', 'migrate')).out).toMatch(new RegExp(`^Applied ${names.join(', ')} on `));
      expect(names[0]).toBe('0001_organisation');
      expect((await run('db', 'migrate')).out).toMatch(new RegExp(`^The database is up to date \\(${names.at(-1)}\\)`));
    });

    it('loads the demo once, then refuses politely, and refuses a reset that would remove published updates', async () => {
      useTestDatabase();
      expect(await run('demo')).toMatchObject({
        code: 0,
        out: expect.stringMatching(/^Loaded the demo data/) as unknown,
      });
      const again = await run('demo');
      expect(again.code).toBe(1);
      expect(again.err).toBe(
        'bluelamp: This database already holds data, so the demo was not loaded. Use --reset to replace everything with the demo data.',
      );
      const reset = await run('demo', '--reset');
      expect(reset.code).toBe(1);
      expect(reset.err).toMatch(
        /^bluelamp: This database holds \d+ published updates .* cannot be reset\. Load the demo into a new database/,
      );
    }, 180_000);

    it('answers a date that does not exist with a usage error, not a stack trace', async () => {
      useTestDatabase();
      const result = await run('org', 'bcus', '--on', '2018-02-30');
      expect(result.code).toBe(1);
      expect(result.err).toContain('the date must be a real date written YYYY-MM-DD');
      expect(result.err).not.toMatch(/\n\s+at /);
    });
  });
}

describe('the bluelamp command with a bad DATABASE_URL', () => {
  it('says in one sentence what is wrong with a malformed address', async () => {
    process.env.DATABASE_URL = 'mysql://root:secret@localhost/bluelamp';
    const result = await run('org', 'bcus');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^bluelamp: DATABASE_URL must start with sqlite: or postgres:\/\//);
    expect(result.err).not.toContain('secret');
  });

  it('says PostgreSQL could not be reached when nothing listens there', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/bluelamp';
    const result = await run('db', 'migrate');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^bluelamp: Could not reach PostgreSQL .* the connection was refused/);
  });

  it('refuses a port that is not a number', async () => {
    const result = await run('serve', '--port', 'eighty');
    expect(result.code).toBe(1);
    expect(result.err).toContain('the port must be a whole number from 1 to 65535');
  });
});
