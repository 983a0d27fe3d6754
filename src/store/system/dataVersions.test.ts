import { expect, it } from 'vitest';
import { DIALECTS, createTestStore, describeOnBothDatabases } from '../../../test/support/testStores.js';
import { openStore } from '../database.js';
import { bumpDataVersion, readDataVersion, readStoreDataVersion } from './dataVersions.js';

describeOnBothDatabases('data versions', (store) => {
  it('start at 0 and rise by one with each change, each scope on its own', async () => {
    expect(await readDataVersion(store().db, 'first')).toEqual({ version: 0, changedAt: null });
    await bumpDataVersion(store().db, 'first', new Date('2026-01-01T00:00:00Z'));
    await bumpDataVersion(store().db, 'first', new Date('2026-01-02T00:00:00Z'));
    await bumpDataVersion(store().db, 'second');
    expect(await readDataVersion(store().db, 'first')).toEqual({ version: 2, changedAt: '2026-01-02T00:00:00.000Z' });
    expect((await readDataVersion(store().db, 'second')).version).toBe(1);
  });

  it('do not move when the transaction that raised them is rolled back', async () => {
    const before = await readDataVersion(store().db, 'rolled-back');
    await expect(
      store()
        .db.transaction()
        .execute(async (trx) => {
          await bumpDataVersion(trx, 'rolled-back');
          throw new Error('the change fails');
        }),
    ).rejects.toThrow('the change fails');
    expect(await readDataVersion(store().db, 'rolled-back')).toEqual(before);
  });
});

for (const dialect of DIALECTS) {
  it(`a version raised through one connection is seen through another to the same database (${dialect})`, async () => {
    const { store, database } = await createTestStore(dialect);
    const other = await openStore(database.config);
    try {
      await bumpDataVersion(store.db, 'shared');
      expect((await readDataVersion(other.db, 'shared')).version).toBe(1);
      await store.db.transaction().execute((trx) => bumpDataVersion(trx, 'shared'));
      expect((await readDataVersion(other.db, 'shared')).version).toBe(2);
    } finally {
      await other.close();
      await store.close();
      await database.drop();
    }
  });
}

it('reads the version on SQLite while a write transaction holds the main connection, without its uncommitted change', async () => {
  const { store, database } = await createTestStore('sqlite');
  try {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let bumped: () => void = () => undefined;
    const written = new Promise<void>((resolve) => {
      bumped = resolve;
    });
    const writing = store.db.transaction().execute(async (trx) => {
      await bumpDataVersion(trx, 'held');
      bumped();
      await held;
    });
    await written;
    const blocked = new Promise((resolve) => {
      setTimeout(() => {
        resolve('blocked');
      }, 1000);
    });
    expect(await Promise.race([readStoreDataVersion(store, 'held'), blocked])).toEqual({ version: 0, changedAt: null });
    release();
    await writing;
    expect((await readStoreDataVersion(store, 'held')).version).toBe(1);
  } finally {
    await store.close();
    await database.drop();
  }
});
