import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';
import { compareMeasure } from './compareMeasure.js';
import { dataAsAt } from './measureAccess.js';

const FILE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');

it('dates counts by the last month their files run to, not by the day they were loaded', () => {
  const files = [
    {
      fileName: 'a.csv',
      source: 'mps-borough',
      firstMonth: '2008-01',
      lastMonth: '2016-12',
      loadedAt: '2026-12-01T09:00:00Z',
    },
    {
      fileName: 'b.csv',
      source: 'mps-borough',
      firstMonth: '2017-01',
      lastMonth: '2018-02',
      loadedAt: '2020-01-01T09:00:00Z',
    },
  ];
  expect(dataAsAt(files)).toBe('2018-02-28');
  expect(dataAsAt([])).toBeNull();
});

describeWithDemoData('the as-at of a figure summed from a loaded file', (ctx) => {
  it("is the end of the file's last month, whatever day the file was loaded into Bluelamp", async () => {
    await importMpsBoroughSeries(ctx(), {
      fileName: 'MPS_Borough_Level_Crime_Historic.csv',
      content: fs.createReadStream(FILE),
    });
    const today = new Date().toISOString().slice(0, 10);
    const result = await compareMeasure(ctx(), { measure: 'crime-total', area: 'London', period: '2015-16' });
    const data = result.sources.find((s) => s.source.kind === 'data');
    expect(data?.current.asAt).toBe('2016-12-31');
    expect(data?.current.asAt).not.toBe(today);
    expect(data?.current.asAt).not.toBe(ctx().today());
  });
});
