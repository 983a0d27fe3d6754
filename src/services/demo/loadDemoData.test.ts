import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { testContext } from '../../../test/support/demoContext.js';
import { countOrgUnits } from '../../store/index.js';
import { loadDemoData } from './loadDemoData.js';
import { isDatabaseEmpty } from './isDatabaseEmpty.js';

describeOnBothDatabases('loading the demo data', (store) => {
  it('fills an empty database', async () => {
    const ctx = testContext(store());
    expect(await isDatabaseEmpty(ctx)).toBe(true);
    const result = await loadDemoData(ctx);
    expect(result.units).toBe(await countOrgUnits(store().db));
    expect(await isDatabaseEmpty(ctx)).toBe(false);
  });

  it('refuses politely on a database that holds data, changing nothing', async () => {
    const ctx = testContext(store());
    const before = await countOrgUnits(store().db);
    await expect(loadDemoData(ctx)).rejects.toThrow(/already holds data.*--reset/);
    expect(await countOrgUnits(store().db)).toBe(before);
  });

  it('replaces everything when asked to reset', async () => {
    const ctx = testContext(store());
    await store()
      .db.insertInto('org_units')
      .values({ code: 'EXTRA', kind: 'unit', name: 'Extra', pathfinder: 0, sort_order: 0 })
      .execute();
    const result = await loadDemoData(ctx, { reset: true });
    expect(await countOrgUnits(store().db)).toBe(result.units);
    expect(await store().db.selectFrom('org_units').where('code', '=', 'EXTRA').selectAll().execute()).toEqual([]);
  });
});
