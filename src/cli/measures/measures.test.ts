import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import type { MeasureComparison } from '../../services/index.js';

const PLAN = 'Met Business Plan 2018-19';

function csvFile(name: string, ...lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-measures-')), name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describeCliWithDemoData('bluelamp measures: every source side by side', (use) => {
  it("prints London's recorded crime from the data and from the Business Plan, each labelled, with the difference", async () => {
    use();
    const json = await run(
      'measures',
      'compare',
      '--measure',
      'crime-total',
      '--area',
      'London',
      '--period',
      '2017-18',
      '--json',
    );
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as MeasureComparison;
    const data = result.sources.find((s) => s.source.kind === 'data');
    const plan = result.sources.find((s) => s.source.name === PLAN);
    if (data?.current.value == null || data.previous.value == null || plan === undefined)
      throw new Error('both sources should give both years');
    expect(data.headline).toBe(true);
    expect(plan.differenceFromHeadline).toEqual({
      current: 827_225 - data.current.value,
      previous: 777_458 - data.previous.value,
    });

    const text = await run(
      'measures',
      'compare',
      '--measure',
      'crime-total',
      '--area',
      'London',
      '--period',
      '2017-18',
    );
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    const row = (label: string) => lines.find((line) => line.startsWith(label)) ?? '';
    const sign = (n: number) =>
      n < 0 ? `\u2212${Math.abs(n).toLocaleString('en-GB')}` : `+${n.toLocaleString('en-GB')}`;
    expect(row(`Published: ${PLAN}`)).toMatch(/2018-06-30 +827,225 +777,458 +\+49,767 \(\+6\.4%\)/);
    expect(row(`Published: ${PLAN}`)).toContain(
      `${sign(827_225 - data.current.value)}, ${sign(777_458 - data.previous.value)}`,
    );
    expect(row('Data: recorded crime counts loaded into Bluelamp ')).toContain(
      data.current.value.toLocaleString('en-GB'),
    );
    expect(text.out).toMatch(
      /^Data: recorded crime counts loaded into Bluelamp: 2017-18 from .*MPS_Borough_Level_Crime.*; 2016-17 from .*MPS_Borough_Level_Crime/m,
    );
    expect(text.out).toContain(`Headline: ${data.source.label}. Figures computed from the loaded data come first`);
    expect(text.out).toContain(
      `Published: ${PLAN}: All recorded crime: 827,225 offences in 2017-18, up from 777,458 in 2016-17 (+6.4%); the rise is statistically significant.`,
    );
  });

  it('loads an older vintage beside the newer figure and says which figure still shows', async () => {
    use();
    const file = csvFile('plan-draft.csv', 'Measure,Area,Period,Value', 'crime-total,London,2017-18,826000');
    const loaded = await run('import', 'observations', file, '--source', PLAN, '--as-at', '2018-04-30');
    expect(loaded.code).toBe(0);
    expect(loaded.out).toBe(
      [
        'plan-draft.csv: 1 observations: 0 new, 0 newer than the figures held (shown from now on, the older kept), 1 older than the figures held (kept, not shown), 0 revised (the old values kept), 0 unchanged.',
        `Row 2: crime-total, MPS, FY 2017-18: 826,000 from ${PLAN} as at 2018-04-30 is older than the 827,225 held as at 2018-06-30, which still shows.`,
      ].join('\n'),
    );
    const listed = await run('measures', 'observations', '--measure', 'crime-total', '--area', 'London');
    expect(listed.out).toMatch(/MPS +FY 2017-18 +827,225 +Met Business Plan 2018-19 +2018-06-30 +shown/);
    expect(listed.out).toMatch(
      /MPS +FY 2017-18 +826,000 +Met Business Plan 2018-19 +2018-04-30 +earlier-vintage +plan-draft\.csv/,
    );
    const compared = await run(
      'measures',
      'compare',
      '--measure',
      'crime-total',
      '--area',
      'London',
      '--period',
      '2017-18',
    );
    expect(compared.out).toMatch(new RegExp(`^Published: ${PLAN} +2018-06-30 +827,225 `, 'm'));
  });

  // 74% → 71% of 8,000 with a design effect of 1.3, so each side counts for 8000 / 1.3 = 6,153.8.
  // Wilson (z = 1.96): 71% → 69.9% to 72.1%; 74% → 72.9% to 75.1%.
  // Wald SE = √((0.71·0.29 + 0.74·0.26) / 6153.8) = 0.80451 points; −3.0 ± 1.96·0.80451 = −4.58 to −1.42.
  // Pooled p = 0.725, SE = √(0.725·0.275·2 / 6153.8) = 0.80497 points, z = −3.727, p = 0.00019 (< 0.001).
  // Higher confidence is better, so a significant fall is a deterioration.
  it('tests a survey percentage on its effective sample: 74% to 71% of 8,000, design effect 1.3, is a significant deterioration', async () => {
    use();
    const file = csvFile(
      'pas.csv',
      'Measure,Area,Period,Value,Status,Breakdown,Numerator,Denominator,Sample size,Design effect',
      'public-confidence,Camden,R12 2019-03,71,final,,5680,8000,8000,1.3',
      'public-confidence,Camden,R12 2018-03,74,final,,5920,8000,8000,1.3',
    );
    const loaded = await run('import', 'observations', file, '--as-at', '2019-04-30');
    expect(loaded.code).toBe(0);
    const compared = await run(
      'measures',
      'compare',
      '--measure',
      'public-confidence',
      '--area',
      'Camden',
      '--period',
      'R12 2019-03',
      '--against',
      'R12 2018-03',
    );
    expect(compared.code).toBe(0);
    const lines = compared.out.split('\n');
    expect(lines).toContain(
      'R12 Quarter 4 2018/19: 71.0% (95% interval 69.9% to 72.1%), sample 8,000, design effect 1.3, effective sample 6,154',
    );
    expect(lines).toContain(
      'R12 Quarter 4 2017/18: 74.0% (95% interval 72.9% to 75.1%), sample 8,000, design effect 1.3, effective sample 6,154',
    );
    expect(lines).toContain(
      'Two-proportion test on the effective samples: difference \u22123.0 points (95% interval \u22124.6 to \u22121.4 points), p < 0.001',
    );
    expect(lines).toContain('Verdict: Significant deterioration');
    expect(compared.out).toMatch(/71% +74% +\u22123 points +headline +Significant deterioration/);
  });

  it('refuses an as-at that is not a real day, naming the option', async () => {
    use();
    const file = csvFile('x.csv', 'Measure,Area,Period,Value', 'crime-total,London,2017-18,1');
    const refused = await run('import', 'observations', file, '--as-at', '2018-13-01');
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('asAt must be a real date written YYYY-MM-DD, not "2018-13-01".');
  });
});
