import fs from 'node:fs';
import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { compareBoroughs } from './compareBoroughs.js';
import { compareMeasure } from './compareMeasure.js';
import { getMeasureSeries } from './getMeasureSeries.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';

describeWithDemoData('series and borough comparisons, from demo counts and then from a real file', (ctx) => {
  it("gives the demo its synthetic borough series, labelled, adding up to the plan's London totals", async () => {
    const series = await getMeasureSeries(ctx(), { measure: 'burglary', area: 'London' });
    expect(series.synthetic).toBe(true);
    expect(series.months[0]?.month).toBe('2015-04');
    expect(series.years.map((y) => [y.label, y.value])).toEqual([
      ['2015-16', Math.round(52_146 * 0.97) + Math.round(17_382 * 0.97)],
      ['2016-17', 69_528],
      ['2017-18', 77_626],
    ]);
    const camden = await compareMeasure(ctx(), { measure: 'burglary', area: 'camden', period: '2017-18' });
    expect(camden.current.synthetic).toBe(true);
  });

  it('draws XmR limits that hold every month of a steady series and a rolling year from the twelfth month', async () => {
    const series = await getMeasureSeries(ctx(), { measure: 'robbery', area: 'camden' });
    expect(series.months[10]?.rolling12).toBeNull();
    const first12 = series.months.slice(0, 12).reduce((sum, m) => sum + m.value, 0);
    expect(series.months[11]?.rolling12).toBe(first12);
    for (const month of series.months) expect(month.upper - month.centre).toBeCloseTo(month.centre - month.lower, 6);
  });

  it('replaces the synthetic counts entirely when a real file is loaded, and ranks all 32 boroughs', async () => {
    const loaded = await importMpsBoroughSeries(ctx(), {
      fileName: 'MPS_Borough_Level_Crime_Historic.csv',
      content: fs.createReadStream(sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv')),
    });
    expect(loaded.syntheticRemoved).toBeGreaterThan(0);
    const series = await getMeasureSeries(ctx(), { measure: 'burglary', area: 'camden' });
    expect(series.synthetic).toBe(false);
    expect(series.months.at(-1)?.month).toBe('2016-12');
    const ranking = await compareBoroughs(ctx(), { measure: 'burglary', period: '2015-16' });
    expect(ranking.boroughs).toHaveLength(32);
    const ratios = ranking.boroughs.map((b) => b.ratio ?? 0);
    expect([...ratios].sort((a, b) => b - a)).toEqual(ratios);
    for (const b of ranking.boroughs) {
      expect(b.interval.lower).toBeLessThanOrEqual(b.ratio ?? 0);
      expect(b.interval.upper).toBeGreaterThanOrEqual(b.ratio ?? 0);
    }
  });
});
