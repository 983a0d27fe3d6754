import { expect, it } from 'vitest';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { testContext } from '../../../test/support/demoContext.js';
import { countOrgUnits } from '../../store/index.js';
import { getStopSearchScrutiny } from '../crime-data/getStopSearchScrutiny.js';
import { getCategoryScorecard } from '../priorities/getCategoryScorecard.js';
import { loadDemoData, type DemoLoadResult } from './loadDemoData.js';
import { isDatabaseEmpty } from './isDatabaseEmpty.js';

describeOnBothDatabases('loading the demo data', (store) => {
  let loaded: DemoLoadResult;

  it('replaces what a database held when told to reset, its crime figures loaded once from the real files it carries', async () => {
    const ctx = testContext(store());
    expect(await isDatabaseEmpty(ctx)).toBe(true);
    await store()
      .db.insertInto('org_units')
      .values({ code: 'EXTRA', kind: 'unit', name: 'Extra', pathfinder: 0, sort_order: 0 })
      .execute();
    expect(await isDatabaseEmpty(ctx)).toBe(false);
    await expect(loadDemoData(ctx)).rejects.toThrow(/already holds data.*--reset/);
    expect(await countOrgUnits(store().db)).toBe(1);
    loaded = await loadDemoData(ctx, { reset: true });
    expect(loaded.units).toBe(await countOrgUnits(store().db));
    expect(await store().db.selectFrom('org_units').where('code', '=', 'EXTRA').selectAll().execute()).toEqual([]);
    const counts = await store()
      .db.selectFrom('crime_counts')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(loaded.crimeCounts);
    const imports = await store()
      .db.selectFrom('crime_imports')
      .select(['source', 'file_name', 'first_month', 'last_month'])
      .orderBy('first_month')
      .execute();
    expect(imports.map((i) => [i.file_name, i.first_month, i.last_month])).toEqual([
      ['MPS_Borough_Level_Crime_Historic.csv', '2008-01', '2016-12'],
      ['MPS_Borough_Level_Crime_Recent_24_months.csv', '2017-01', '2018-12'],
    ]);
    expect(imports.map((i) => i.source)).not.toContain('demo-synthetic');
    expect(loaded).toMatchObject({ crimeFiles: 3, policeUkSlices: 27, policeUkRows: 123_164 });
  });

  it('reproduces the Q1 2018-19 progress update: burglary up 8.1% across London, down 30.0% in Havering', async () => {
    const card = await getCategoryScorecard(testContext(store()), {
      year: '2018-19',
      category: 'burglary',
      period: '2018-19 Q1',
    });
    expect(card.synthetic).toBe(false);
    expect(card.london).toMatchObject({ current: 18_824, previous: 17_407, boroughs: 32 });
    expect(card.london.changePercent?.toFixed(1)).toBe('8.1');
    const havering = card.boroughs.find((b) => b.borough.code === 'havering');
    expect(havering?.chosen).toBe(true);
    expect(havering?.change).toMatchObject({ current: 389, previous: 556 });
    expect(havering?.change.changePercent?.toFixed(1)).toBe('-30.0');
  });

  it("holds the Met's stop and search of April to December 2018, search by search from the police.uk files", async () => {
    const scrutiny = await getStopSearchScrutiny(testContext(store()), { force: 'metropolitan' });
    expect(scrutiny.monthsHeld).toEqual([
      '2018-04',
      '2018-05',
      '2018-06',
      '2018-07',
      '2018-08',
      '2018-09',
      '2018-10',
      '2018-11',
      '2018-12',
    ]);
    expect(scrutiny.searches).toBe(115_510);
    expect(scrutiny.months.find((m) => m.month === '2018-12')?.searches).toBe(15_521);
  });

  it('refuses politely on a database that holds data, changing nothing', async () => {
    const ctx = testContext(store());
    const before = await countOrgUnits(store().db);
    await expect(loadDemoData(ctx)).rejects.toThrow(/already holds data.*--reset/);
    expect(await countOrgUnits(store().db)).toBe(before);
  });

  it('refuses to reset a database holding published updates, which are permanent, changing nothing', async () => {
    const ctx = testContext(store());
    const before = await countOrgUnits(store().db);
    await expect(loadDemoData(ctx, { reset: true })).rejects.toThrow(
      /holds \d+ published updates and 0 published reports, which are permanent, so it cannot be reset/,
    );
    expect(await countOrgUnits(store().db)).toBe(before);
  });
});
