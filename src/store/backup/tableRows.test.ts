import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { canonicalJson } from '../../domain/audit/index.js';
import {
  BACKUP_TABLES,
  TABLES_LEFT_OUT,
  TableDigest,
  readTable,
  readTableBatches,
  tableChecksum,
  type Row,
} from './tableRows.js';

describe('a table digest', () => {
  it('is the SHA-256 of each row in canonical JSON, one line each, whatever the rows hold', () => {
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.record({ $base64: fc.base64String() }),
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string(), value), { maxLength: 20 }), (rows: Row[]) => {
        const expected = createHash('sha256');
        for (const row of rows) expected.update(`${canonicalJson(row)}\n`);
        const digest = new TableDigest();
        for (const row of rows) digest.add(row);
        expect(digest.rows).toBe(rows.length);
        expect(digest.finish()).toBe(expected.digest('hex'));
      }),
    );
  });

  it("does not depend on the order of a row's columns", () => {
    expect(tableChecksum([{ id: 1, name: 'Camden', code: 'E09000007' }])).toBe(
      tableChecksum([{ code: 'E09000007', id: 1, name: 'Camden' }]),
    );
  });
});

describeOnBothDatabases('reading a table for a backup', (store) => {
  it('covers every table in the schema: each is backed up or deliberately left out', async () => {
    // SQLite's full-text index (migration 0022) is derived: its triggers refill it as a restore inserts rows.
    const tables = (await store().db.introspection.getTables())
      .map((table) => table.name)
      .filter((name) => !/^search_text(_|$)/.test(name))
      .sort();
    expect([...BACKUP_TABLES, ...TABLES_LEFT_OUT].sort()).toEqual(tables);
  });

  it('reads a table in batches of at most the size asked, in id order, every row once', async () => {
    const forces = Array.from({ length: 1234 }, (_, i) => ({
      code: `F${String(i).padStart(4, '0')}`,
      name: `Force ${i}`,
    }));
    await store()
      .db.transaction()
      .execute(async (trx) => {
        for (let start = 0; start < forces.length; start += 200) {
          await trx
            .insertInto('police_forces')
            .values(forces.slice(start, start + 200))
            .execute();
        }
      });
    const sizes: number[] = [];
    const ids: number[] = [];
    for await (const batch of readTableBatches(store().db, 'police_forces', 300)) {
      sizes.push(batch.length);
      ids.push(...batch.map((row) => Number(row.id)));
    }
    expect(sizes).toEqual([300, 300, 300, 300, 34]);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(1234);
    expect((await readTable(store().db, 'police_forces')).map((row) => Number(row.id))).toEqual(ids);
  });

  it('reads an empty table as no batches at all', async () => {
    const batches: Row[][] = [];
    for await (const batch of readTableBatches(store().db, 'board_meetings', 10)) batches.push(batch);
    expect(batches).toEqual([]);
  });
});
