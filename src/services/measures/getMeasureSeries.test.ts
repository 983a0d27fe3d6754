import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { compareBoroughs } from './compareBoroughs.js';
import { getMeasureSeries } from './getMeasureSeries.js';

describeWithDemoData('series and borough comparisons from the crime files the demo loads', (ctx) => {
  it("gives London's burglary series from the real files, not synthetic, with the plan's years beside the data's", async () => {
    const series = await getMeasureSeries(ctx(), { measure: 'burglary', area: 'London' });
    expect(series.synthetic).toBe(false);
    expect(series.data).toMatchObject({ synthetic: false, label: 'Data: recorded crime counts loaded into Bluelamp' });
    expect(series.data?.files.every((file) => file.fileName.startsWith('MPS_Borough_Level_Crime'))).toBe(true);
    const total = (period: string) => series.years.find((y) => y.period === period)?.value ?? null;
    const plan = series.published
      .filter((p) => p.source === 'Met Business Plan 2018-19')
      .map((p) => [p.period, p.value, p.data, p.difference]);
    expect(plan).toEqual([
      ['FY 2016-17', 69_528, total('FY 2016-17'), 69_528 - (total('FY 2016-17') ?? NaN)],
      ['FY 2017-18', 77_626, total('FY 2017-18'), 77_626 - (total('FY 2017-18') ?? NaN)],
    ]);
    expect(total('FY 2017-18')).not.toBeNull();
  });

  it('draws XmR limits that hold every month of a steady series and a rolling year from the twelfth month', async () => {
    const series = await getMeasureSeries(ctx(), { measure: 'robbery', area: 'camden' });
    expect(series.months[10]?.rolling12).toBeNull();
    const first12 = series.months.slice(0, 12).reduce((sum, m) => sum + m.value, 0);
    expect(series.months[11]?.rolling12).toBe(first12);
    for (const month of series.months) expect(month.upper - month.centre).toBeCloseTo(month.centre - month.lower, 6);
  });

  it('ranks all 32 boroughs by rate ratio, each inside its own interval', async () => {
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
