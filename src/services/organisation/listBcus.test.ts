import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { listBcus } from './listBcus.js';

describeWithDemoData('listing BCUs', (ctx) => {
  it('lists 12 BCUs covering all 32 boroughs, each borough in exactly one', async () => {
    const { bcus, boroughsOutsideBcus } = await listBcus(ctx());
    expect(bcus.map((bcu) => bcu.code)).toEqual([
      'EA',
      'CN',
      'SW',
      'WA',
      'CE',
      'NE',
      'NW',
      'SE',
      'NA',
      'SC',
      'SA',
      'CW',
    ]);
    const boroughs = bcus.flatMap((bcu) => bcu.boroughs.map((borough) => borough.code));
    expect(boroughs).toHaveLength(32);
    expect(new Set(boroughs).size).toBe(32);
    expect(boroughsOutsideBcus).toEqual([]);
  });

  it('gives each BCU its boroughs and when it went live', async () => {
    const { bcus } = await listBcus(ctx());
    const sw = bcus.find((bcu) => bcu.code === 'SW');
    expect(sw?.boroughs.map((b) => b.name)).toEqual([
      'Kingston upon Thames',
      'Merton',
      'Richmond upon Thames',
      'Wandsworth',
    ]);
    expect(sw?.goLive).toEqual({ code: '2018-05', label: 'May 2018' });
    expect(bcus.find((bcu) => bcu.code === 'NA')?.goLive?.label).toBe('Quarter 4, 2018-19');
    expect(bcus.filter((bcu) => bcu.pathfinder).map((bcu) => bcu.code)).toEqual(['EA', 'CN']);
  });

  it('shows only the BCUs already live on an earlier day, and the boroughs still outside them', async () => {
    const may2018 = await listBcus(ctx(), { on: '2018-05-15' });
    expect(may2018.bcus.map((bcu) => bcu.code)).toEqual(['EA', 'CN', 'SW']);
    expect(may2018.boroughsOutsideBcus).toHaveLength(32 - 9);
    expect(may2018.boroughsOutsideBcus.map((b) => b.code)).toContain('lambeth');
  });
});
