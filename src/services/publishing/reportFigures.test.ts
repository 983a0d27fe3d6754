import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { renderQuarterlyHtml } from '../../reports/index.js';
import { buildQuarterlyReport } from './buildQuarterlyReport.js';
import { BluelampProblem } from '../../domain/errors.js';
import { missingPeriod } from './noFigures.js';
import { reportFigures } from './reportFigures.js';

describeWithDemoData('headline figures of a quarter the data do not cover', (ctx) => {
  it('says "no figures for" the quarter for each headline measure, with no verdict', async () => {
    const figures = await reportFigures(ctx(), { financialYear: { startYear: 2030 }, quarter: 1 });
    expect(figures.headlines.length).toBeGreaterThan(0);
    for (const headline of figures.headlines) {
      expect(headline.verdict).toBeNull();
      expect(headline.sentence).toBe(`${headline.measure}: no figures for 2030-31 Q1, so no verdict.`);
    }
  });

  it('never words a missing figure as "no significant change" in the rendered report', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: 'met-business-plan-2018-19', quarter: '2030-31 Q1' });
    const html = await renderQuarterlyHtml(report);
    expect(html).toContain('no figures for 2030-31 Q1');
    expect(html).not.toMatch(/no significant change/i);
  });

  it('names the period a comparison lacks, and says when the two periods come from different sources', () => {
    const q2 = { financialYear: { startYear: 2018 }, quarter: 2 } as const;
    const problem = (message: string) => new BluelampProblem('not-found', message);
    expect(missingPeriod(problem('There is no value of Burglary for London in Quarter 2, 2017-18.'), q2)).toBe(
      '2017-18 Q2',
    );
    expect(missingPeriod(problem('There is no value of Burglary for London in Quarter 2, 2018-19.'), q2)).toBe(
      '2018-19 Q2',
    );
    expect(
      missingPeriod(
        problem('No one source gives Burglary for London in both Quarter 2, 2018-19 and Quarter 2, 2017-18.'),
        q2,
      ),
    ).toBe('2018-19 Q2 and 2017-18 Q2 from one source');
  });
});
