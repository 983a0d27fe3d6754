import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../../test/support/demoContext.js';
import { importObservations } from '../../measures/importObservations.js';
import { buildMeasuresView, buildMeasureView } from './measurePages.js';

function surveyFile(...rows: string[]): Buffer {
  const header = 'Measure,Area,Period,Value,Status,Breakdown,Numerator,Denominator,Sample size,Design effect';
  return Buffer.from([header, ...rows, ''].join('\n'));
}

describeWithDemoData('a survey percentage on the public measure pages', (ctx) => {
  // 74% → 71% of 8,000 each, design effect 1.3: effective samples 6,153.8; difference −3.0 points,
  // Wald 95% interval −4.6 to −1.4, pooled z = −3.73, p = 0.0002: a significant fall where higher is better.
  it("gives London's public confidence its tested verdict, the interval in points and the samples behind it", async () => {
    await importObservations(ctx(), {
      fileName: 'pas.csv',
      format: 'csv',
      asAt: '2019-04-30',
      content: surveyFile(
        'public-confidence,London,R12 2019-03,71,final,,5680,8000,8000,1.3',
        'public-confidence,London,R12 2018-03,74,final,,5920,8000,8000,1.3',
      ),
    });
    const page = await buildMeasureView(ctx(), { measure: 'public-confidence' });
    expect(page.highlights[0]).toMatch(
      /^Public confidence: 71% \(95% interval 69\.9% to 72\.1%\) in .*, down from 74% \(95% interval 72\.9% to 75\.1%\) in .*; the difference of −3\.0 points \(95% interval −4\.6 to −1\.4 points\) is statistically significant \(p < 0\.001\)\.$/,
    );
    expect(page.notes.some((n) => n.includes('sample 8,000, design effect 1.3, effective sample 6,154'))).toBe(true);
    const list = await buildMeasuresView(ctx());
    const row = list.tables[0]?.rows.find((r) => r.measure === 'Public confidence');
    expect(row?.verdict).toBe('Significant deterioration');
  });

  it('says why a percentage without sample sizes is not tested, never calling it no change', async () => {
    await importObservations(ctx(), {
      fileName: 'bare.csv',
      format: 'csv',
      asAt: '2019-04-30',
      content: surveyFile(
        'public-confidence,London,R12 2020-03,69,final,,,,,',
        'public-confidence,London,R12 2019-03,71,final,,,,,',
      ),
    });
    const page = await buildMeasureView(ctx(), { measure: 'public-confidence' });
    expect(page.highlights[0]).toMatch(
      /\(−2\.0 points\); no sample size published for .*, so the change is not tested\.$/,
    );
    expect(page.highlights[0]).not.toMatch(/no (significant )?change/i);
  });
});
