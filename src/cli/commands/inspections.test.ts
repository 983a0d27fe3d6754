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
  describe(`bluelamp inspections and findings on the demo data (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      expect((await run('demo')).code).toBe(0);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('shows the PEEL 2018/19 Met inspection as JSON with its judgments and finding counts', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const result = await run('inspections', 'show', 'peel-2018-19-met', '--json');
      expect(result.code).toBe(0);
      const shown = JSON.parse(result.out) as {
        pillars: { components: unknown[] }[];
        findings: Record<string, number>;
      };
      expect(shown.pillars).toHaveLength(3);
      expect(shown.pillars.flatMap((p) => p.components)).toHaveLength(10);
      expect(shown.findings).toMatchObject({ 'cause-of-concern': 2, recommendation: 5, 'area-for-improvement': 19 });
    });

    it('lists the overdue findings on a day, and says which day', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const result = await run('findings', 'list', '--overdue', '--on', '2020-10-01');
      expect(result.out).toMatch(/PVP-REC-1 .* 2019-09-01 \(overdue\)/);
      expect(result.out).toMatch(/ELB-REC-1 .* 2020-09-01 \(overdue\)/);
      expect((await run('findings', 'list', '--overdue', '--on', '2019-08-31')).out).toBe(
        'No findings match, on 2019-08-31.',
      );
    });
  });
}
