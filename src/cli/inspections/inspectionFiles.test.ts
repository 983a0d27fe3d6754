import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

const TEMPLATE_KEY = 'example-2025-26-exampleshire';

for (const dialect of DIALECTS) {
  describe(`bluelamp inspections import, template and export (${dialect})`, () => {
    let database: TestDatabase;
    let folder: string;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-inspections-'));
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      expect((await run('db', 'migrate')).code).toBe(0);
    });
    afterAll(async () => {
      await database.drop();
      fs.rmSync(folder, { recursive: true, force: true });
    });
    const use = () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
    };

    it('writes the template workbook, loads it, and exports the report again', async () => {
      use();
      const template = path.join(folder, 'template.xlsx');
      expect(await run('inspections', 'template', '--out', template)).toMatchObject({
        code: 0,
        out: `Wrote the inspection template to ${template}.`,
      });
      const loaded = await run('inspections', 'import', template);
      expect(loaded.code).toBe(0);
      expect(loaded.out).toMatch(
        new RegExp(`^Loaded ${TEMPLATE_KEY} \\(id \\d+\\): 1 pillar, 2 components, 5 findings\\.$`),
      );
      const exported = path.join(folder, 'exported.xlsx');
      expect((await run('inspections', 'export', TEMPLATE_KEY, '--out', exported)).code).toBe(0);
      expect(fs.statSync(exported).size).toBeGreaterThan(1000);
      const again = await run('inspections', 'import', exported);
      expect(again).toMatchObject({ code: 1, err: expect.stringContaining('is already loaded') as unknown });
    });

    it('writes the template as CSV files and refuses one with a bad row, naming file, row and column', async () => {
      use();
      const csvFolder = path.join(folder, 'csv');
      const written = await run('inspections', 'template', '--format', 'csv', '--out', csvFolder);
      expect(written.code).toBe(0);
      const names = fs.readdirSync(csvFolder).sort();
      expect(names).toEqual(['findings.csv', 'inspection.csv', 'judgments.csv', 'most-similar-group.csv']);
      const inspection = path.join(csvFolder, 'inspection.csv');
      fs.writeFileSync(inspection, fs.readFileSync(inspection, 'utf8').replace(TEMPLATE_KEY, 'csv-example'));
      const findings = path.join(csvFolder, 'findings.csv');
      fs.writeFileSync(findings, fs.readFileSync(findings, 'utf8').replace('within 6 months', 'when possible'));
      const files = names.map((name) => path.join(csvFolder, name));
      const refused = await run('inspections', 'import', ...files);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain(
        'The inspection was not loaded: findings.csv, row 4, column Due: "when possible" is not a due date',
      );
      expect((await run('inspections', 'list')).out).not.toContain('csv-example');
    });

    it('refuses a workbook given with CSV files', async () => {
      use();
      const result = await run('inspections', 'import', path.join(folder, 'template.xlsx'), 'findings.csv');
      expect(result).toMatchObject({ code: 1, err: expect.stringContaining('Give one .xlsx workbook') as unknown });
    });
  });
}
