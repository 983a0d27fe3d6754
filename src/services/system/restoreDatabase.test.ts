import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { createTestStore, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { BACKUP_TABLES, readTable, tableChecksum, type Store } from '../../store/index.js';
import { verifyAuditTrail } from '../audit/verifyAuditTrail.js';
import { loadDemoData } from '../demo/loadDemoData.js';
import { updateOrgUnit } from '../organisation/updateOrgUnit.js';
import { backupDatabase } from './backupDatabase.js';
import { restoreDatabase } from './restoreDatabase.js';

const opened: { store: Store; database: TestDatabase }[] = [];
async function freshStore(dialect: (typeof DIALECTS)[number]): Promise<Store> {
  const created = await createTestStore(dialect);
  opened.push(created);
  return created.store;
}
afterAll(async () => {
  for (const { store, database } of opened) {
    await store.close();
    await database.drop();
  }
});

async function contents(store: Store): Promise<Record<string, { rows: number; checksum: string }>> {
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await readTable(store.db, table);
    result[table] = { rows: rows.length, checksum: tableChecksum(rows) };
  }
  return result;
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-backup-'));

for (const from of DIALECTS) {
  for (const to of DIALECTS) {
    describe(`backup on ${from}, restore into ${to}`, () => {
      it('loses nothing: every table has the same rows and checksum, and the audit chain stays intact', async () => {
        const source = testContext(await freshStore(from));
        await loadDemoData(source);
        await updateOrgUnit(source, { code: 'CN', name: 'Central North BCU', reason: 'Backup test' });
        const file = path.join(folder, `${from}-to-${to}.bluelamp.gz`);
        const header = await backupDatabase(source, file);
        expect(header.tables.map((t) => t.table)).toEqual(BACKUP_TABLES);

        const target = testContext(await freshStore(to));
        await restoreDatabase(target, file);
        expect(await contents(target.store)).toEqual(await contents(source.store));
        expect(await verifyAuditTrail(target)).toMatchObject({ intact: true });
        // New rows continue after the restored ids.
        await updateOrgUnit(target, { code: 'CN', name: 'Central North', reason: 'After restore' });
        expect((await verifyAuditTrail(target)).intact).toBe(true);
      });
    });
  }
}

describe('restoring what cannot be restored', () => {
  it('refuses a database that already holds data, changing nothing', async () => {
    const source = testContext(await freshStore('sqlite'));
    await loadDemoData(source);
    const file = path.join(folder, 'full.bluelamp.gz');
    await backupDatabase(source, file);
    const before = await contents(source.store);
    await expect(restoreDatabase(source, file)).rejects.toThrow(/needs an empty database/);
    expect(await contents(source.store)).toEqual(before);
  });

  it('names the line of a damaged file and restores nothing', async () => {
    const source = testContext(await freshStore('sqlite'));
    await loadDemoData(source);
    const file = path.join(folder, 'damaged.bluelamp.gz');
    await backupDatabase(source, file);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().split('\n');
    lines[5] = '{"id": 6, "code": "broken';
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n')));
    const target = testContext(await freshStore('postgres'));
    await expect(restoreDatabase(target, file)).rejects.toThrow(/cannot be restored: line 6:/);
    expect((await contents(target.store)).org_units?.rows).toBe(0);
  });

  it('undoes the whole restore when a row was altered inside the file', async () => {
    const source = testContext(await freshStore('sqlite'));
    await loadDemoData(source);
    const file = path.join(folder, 'altered.bluelamp.gz');
    await backupDatabase(source, file);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString().replace('"Camden"', '"Camdne"');
    fs.writeFileSync(file, zlib.gzipSync(text));
    const target = testContext(await freshStore('postgres'));
    await expect(restoreDatabase(target, file)).rejects.toThrow(
      /table org_units differs from the backup's checksum, so nothing was restored/,
    );
    expect(await contents(target.store)).toMatchObject({ org_units: { rows: 0 }, audit_entries: { rows: 0 } });
  });
});
