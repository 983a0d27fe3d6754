import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-accept-smaller-'));
const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The same Surrey stop and search slice, in a file of so many searches. */
function searchFile(dialect: string, count: number): string {
  const file = path.join(scratch, dialect, String(count), '2018-04-surrey-stop-and-search.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const row =
    'Person search,2018-04-10T12:00:00+00:00,False,,51.3,-0.4,Female,25-34,Asian - Any other Asian background,Asian,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,False';
  const lines = [POLICE_UK_LAYOUTS['stop-and-search'].join(','), ...Array.from({ length: count }, () => row)];
  fs.writeFileSync(file, lines.map((line) => `${line}\n`).join(''));
  return file;
}

for (const dialect of DIALECTS) {
  describe(`bluelamp import police-uk --accept-smaller (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('refuses a file of far fewer rows than the slice held, saying both counts, and loads it with the flag', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      expect((await run('import', 'police-uk', searchFile(dialect, 10))).code).toBe(0);
      const smaller = searchFile(dialect, 3);
      const refused = await run('import', 'police-uk', smaller);
      expect(refused.code).toBe(1);
      expect(refused.out).toContain(`refused: ${smaller}: the slice held has 10 rows (from `);
      expect(refused.out).toContain('and this file has 3 rows, under 80% of them');
      expect(refused.out).toContain('0 slices loaded, 1 refused, 0 skipped');
      const accepted = await run('import', 'police-uk', '--accept-smaller', smaller);
      expect(accepted.code).toBe(0);
      expect(accepted.out).toContain('1 slices loaded, 0 refused, 0 skipped; 3 rows read, 3 loaded.');
      const manifest = JSON.parse((await run('police-uk', 'slices', '--json')).out) as {
        slices: { fileName: string; rowsLoaded: number }[];
      };
      expect(manifest.slices).toEqual([expect.objectContaining({ fileName: smaller, rowsLoaded: 3 })]);
    }, 60_000);
  });
}
