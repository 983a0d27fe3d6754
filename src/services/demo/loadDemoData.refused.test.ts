import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { testContext } from '../../../test/support/demoContext.js';
import { countOrgUnits } from '../../store/index.js';
import { isDatabaseEmpty } from './isDatabaseEmpty.js';
import { loadDemoData } from './loadDemoData.js';

/** A copy of the demo's data folder whose recent MPS file names a borough London does not have. */
const broken = vi.hoisted(() => ({ folder: '' }));

vi.mock('../../../demo/crimeFiles.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../demo/crimeFiles.js')>();
  const real = original.demoDataFolder();
  broken.folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-demo-data-'));
  for (const name of fs.readdirSync(real)) fs.copyFileSync(path.join(real, name), path.join(broken.folder, name));
  const recent = path.join(broken.folder, 'MPS_Borough_Level_Crime_Recent_24_months.csv');
  fs.writeFileSync(recent, fs.readFileSync(recent, 'utf8').replace('\nBarnet,', '\nGotham,'));
  return { ...original, demoDataFolder: () => broken.folder };
});

afterAll(() => {
  fs.rmSync(broken.folder, { recursive: true, force: true });
});

describeOnBothDatabases('loading the demo when one of its crime files is refused', (store) => {
  it('names the file, row and column, and leaves the database empty rather than half a demo', async () => {
    const ctx = testContext(store());
    const failure = loadDemoData(ctx);
    await expect(failure).rejects.toThrow(/did not load whole/);
    await expect(failure).rejects.toThrow(/MPS_Borough_Level_Crime_Recent_24_months\.csv, row \d+, column Borough/);
    expect(await countOrgUnits(store().db)).toBe(0);
    expect(await isDatabaseEmpty(ctx)).toBe(true);
    const imports = await store().db.selectFrom('crime_imports').selectAll().execute();
    expect(imports).toEqual([]);
  });
});
