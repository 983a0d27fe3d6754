import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import { loadCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { wardFixture, wardFixtureWithProblems } from '../../../test/support/mpsCrimeFixtures.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-mps-'));
const WARDS = path.join(scratch, 'MPS_Ward_Level_Crime.csv');
const BAD_WARDS = path.join(scratch, 'MPS_Ward_Level_Crime_bad.csv');
fs.writeFileSync(WARDS, wardFixture());
fs.writeFileSync(BAD_WARDS, wardFixtureWithProblems());
const SHARED = ['MPS_Borough_Level_Crime_Historic.csv', 'MPS_Borough_Level_Crime_Recent_24_months.csv'].map((file) =>
  sharedDataFile('mps-borough', file),
);

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface CheckJson {
  fileName: string;
  problems: { file: string; row: number | null; column: string | null; problem: string }[];
}

for (const dialect of DIALECTS) {
  describe(`bluelamp import mps-borough and crime-data mappings (${dialect})`, () => {
    let database: TestDatabase;
    const use = () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
    };
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      use();
      expect((await run('db', 'migrate')).code).toBe(0);
      const store = await openStore(database.config);
      await loadCrimeDataBasics(store);
      await store.close();
    });
    afterAll(async () => {
      await database.drop();
    });

    it('loads both London Datastore files and says which areas each loaded', async () => {
      use();
      const result = await run('import', 'mps-borough', ...SHARED);
      expect(result.code).toBe(0);
      const [historic, recent] = result.out.split('\n');
      expect(historic).toMatch(
        /^MPS_Borough_Level_Crime_Historic\.csv: loaded 100,224 monthly counts \(100,224 new, 0 revised\) from 1,056 rows \(2008-01 to 2016-12, mps-historic names\) for 32 boroughs\.$/,
      );
      expect(recent).toMatch(
        /^MPS_Borough_Level_Crime_Recent_24_months\.csv: loaded [\d,]+ monthly counts .* from 1,050 rows \(2017-01 to 2018-12, mps-historic names\) for 32 boroughs and Heathrow and London City airports\.$/,
      );
    });

    it('lists every problem of a file as data on a dry run, and exits non-zero', async () => {
      use();
      const result = await run('import', 'mps-borough', '--dry-run', '--json', WARDS, BAD_WARDS);
      expect(result.code).toBe(1);
      const [good, bad] = JSON.parse(result.out) as CheckJson[];
      expect(good?.problems).toEqual([]);
      expect(bad?.problems.map((p) => [p.file, p.row, p.column])).toEqual([
        ['MPS_Ward_Level_Crime_bad.csv', 6, '202406'],
        ['MPS_Ward_Level_Crime_bad.csv', 7, 'LookUp_BoroughName'],
        ['MPS_Ward_Level_Crime_bad.csv', 8, 'MinorText'],
        ['MPS_Ward_Level_Crime_bad.csv', 9, 'WardCode'],
        ['MPS_Ward_Level_Crime_bad.csv', 10, 'WardCode'],
        ['MPS_Ward_Level_Crime_bad.csv', 11, null],
      ]);
      expect(bad?.problems[1]?.problem).toMatch(/^"Tower Hamlet" is not a borough or another area of the force/);
    });

    it('loads nothing when any file has a problem, listing them all', async () => {
      use();
      const result = await run('import', 'mps-borough', WARDS, BAD_WARDS);
      expect(result.code).toBe(1);
      expect(result.out).toContain('MPS_Ward_Level_Crime_bad.csv: would be refused, 6 problems:');
      expect(result.out).toContain(
        '  row 8, column MinorText: "THEFT / CYCLE THEFT" is not in the crime category taxonomy',
      );
      expect(result.out.trimEnd().split('\n').at(-1)).toBe('Nothing was loaded.');
      const dry = await run('import', 'mps-borough', '--dry-run', WARDS);
      expect(dry.out).toContain(
        'for 6 wards (6 new) in 3 boroughs and Heathrow and London City airports; nothing written.',
      );
    });

    it('loads a ward file, creating its wards, and says so', async () => {
      use();
      const result = await run('import', 'mps-borough', WARDS);
      expect(result.code).toBe(0);
      expect(result.out).toContain(
        '(2024-05 to 2024-10, mps-recent names, wards on the boundaries of 2022-05-05) for 6 wards (6 new) in 3 boroughs and Heathrow and London City airports.',
      );
    });

    it('lists the mappings, and maps a name the taxonomy lacked, audited', async () => {
      use();
      const listed = JSON.parse((await run('crime-data', 'mappings', 'list', '--json')).out) as {
        mappings: {
          source: string;
          major: string | null;
          minor: string | null;
          crimeType: string | null;
          categoryCode: string;
        }[];
      };
      expect(listed.mappings.find((m) => m.minor === 'THEFT OR UNAUTH TAKING OF A MOTOR VEH')?.categoryCode).toBe(
        'theft-of-vehicle',
      );
      const policeUk = JSON.parse(
        (await run('crime-data', 'mappings', 'list', '--source', 'police-uk', '--json')).out,
      ) as {
        mappings: unknown[];
      };
      expect(policeUk.mappings).toHaveLength(14);
      const set = await run(
        'crime-data',
        'mappings',
        'set',
        'THEFT / CYCLE THEFT',
        'bicycle-theft',
        '--reason',
        'Seen in a file',
      );
      expect(set).toMatchObject({ code: 0, out: 'THEFT / CYCLE THEFT now maps to bicycle-theft (mps-recent).' });
      const text = (await run('crime-data', 'mappings', 'list')).out;
      expect(text).toMatch(/mps-recent\s+THEFT \/ CYCLE THEFT\s+bicycle-theft\s+Bicycle theft/);
      const dry = JSON.parse((await run('import', 'mps-borough', '--dry-run', '--json', BAD_WARDS)).out) as CheckJson[];
      expect(dry[0]?.problems.map((p) => p.row)).toEqual([6, 7, 9, 10, 11]);
      const audit = await run('audit', 'log', '--entity-type', 'crime_category_mapping');
      expect(audit.out).toContain('Seen in a file');
    });

    it('refuses names that are not written "Major / Minor" for an MPS source', async () => {
      use();
      const result = await run(
        'crime-data',
        'mappings',
        'set',
        'CYCLE THEFT',
        'bicycle-theft',
        '--source',
        'mps-recent',
      );
      expect(result.code).toBe(1);
      expect(result.err).toContain('MPS names are written "Major / Minor"');
    });
  });
}
