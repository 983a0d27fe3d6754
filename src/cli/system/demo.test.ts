import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

for (const dialect of DIALECTS) {
  describe(`bluelamp demo (${dialect})`, () => {
    let database: TestDatabase;
    let loaded: Awaited<ReturnType<typeof run>>;
    const use = () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
    };
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      use();
      loaded = await run('demo');
    }, 180_000);
    afterAll(async () => {
      await database.drop();
    });

    it('loads the demo into an empty database and says where its crime figures come from, with the licence', () => {
      expect(loaded).toMatchObject({ code: 0, err: '' });
      expect(loaded.out).toContain('Loaded the demo data: 703 organisational units');
      expect(loaded.out).toContain(
        'Crime figures from 3 real files in demo/data: 123,816 monthly counts by borough and category from MPS Borough Level Crime (the Metropolitan Police Service on the London Datastore), and 27 police.uk files with 123,164 rows (the Home Office on data.police.uk).',
      );
      expect(loaded.out).toContain(
        'Contains public sector information licensed under the Open Government Licence v3.0.',
      );
      expect(loaded.out).toMatch(/wards, their posts and abstractions are generated for the demo/);
    });

    it('gives London +8.1% and Havering −30.0% for burglary in Quarter 1, 2018-19, from the real counts', async () => {
      use();
      const card = await run(
        'priorities',
        'scorecard',
        '--year',
        '2018-19',
        '--category',
        'burglary',
        '--period',
        '2018-19 Q1',
      );
      expect(card.code).toBe(0);
      expect(card.out).toContain('London: 18,824 against 17,407 (+8.1%), 32 boroughs');
      expect(card.out).toMatch(/Havering\s+priority\s+389\s+556\s+−30\.0%\s+Significant improvement/);
      expect(card.out).not.toMatch(/synthetic/i);
    });

    it('refuses a second load on a database that holds data', async () => {
      use();
      const again = await run('demo');
      expect(again.code).not.toBe(0);
      expect(again.err).toMatch(/already holds data.*--reset/);
    });
  });
}
