import { expect, it } from 'vitest';
import { PUBLIC_ACTOR } from '../../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../../test/support/demoContext.js';
import { problemOf } from '../../../../test/support/problems.js';
import { renameQuarterOneLead } from '../../../../test/support/reportCorrections.js';
import { publishQuarterlyReport } from '../publishQuarterlyReport.js';
import { buildReportsView, buildReportView, listReportPaths } from './reportPages.js';

const KEY = 'met-business-plan-2018-19-2018-19-q1';

describeWithDemoData('the public pages of published reports', (ctx) => {
  const reader = () => ({ ...ctx(), actor: PUBLIC_ACTOR });

  it('lists no report before one is published, and has only the list page', async () => {
    expect((await buildReportsView(reader())).tables[0]?.rows).toEqual([]);
    expect(await listReportPaths(reader())).toEqual(['/public/reports']);
  });

  it('lists each version of a corrected report, newest first, with its note and the addresses of its files', async () => {
    const plan = { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' };
    await publishQuarterlyReport(ctx(), plan);
    await renameQuarterOneLead(ctx());
    await publishQuarterlyReport(ctx(), { ...plan, note: 'Restates the headline figure.' });
    const list = await buildReportsView(reader());
    expect(list.tables[0]?.rows).toEqual([
      {
        report: 'Metropolitan Police Service Business Plan 2018-19: progress update',
        kind: 'Quarterly progress report',
        period: '2018-19, Quarter 1 (April to June 2018)',
        latestVersion: 2,
        lastPublishedOn: expect.stringMatching(/^\d{1,2} [A-Z][a-z]+ \d{4}$/) as unknown,
      },
    ]);
    expect(list.tables[0]?.rowLinks).toEqual([{ report: `/public/reports/${KEY}` }]);

    const view = await buildReportView(reader(), { report: KEY });
    const versions = view.tables[0];
    expect(versions?.rows.map((r) => [r.version, r.correction, r.word])).toEqual([
      ['Version 2', 'Restates the headline figure.', 'Word'],
      ['Version 1', null, 'Word'],
    ]);
    expect(versions?.rowLinks?.[1]).toEqual({
      version: `/api/reports/${KEY}/versions/1/html`,
      pdf: `/api/reports/${KEY}/versions/1/pdf`,
      word: `/api/reports/${KEY}/versions/1/docx`,
    });
    expect(
      view.notes.filter((n) => /^SHA-256 of version \d as published \(its HTML\): [0-9a-f]{64}\.$/.test(n)),
    ).toHaveLength(2);
    expect(await listReportPaths(reader())).toEqual(['/public/reports', `/public/reports/${KEY}`]);
  });

  it('says plainly that a report never published is not there', async () => {
    expect(await problemOf(buildReportView(reader(), { report: 'no-such-report' }))).toMatchObject({
      kind: 'not-found',
    });
  });
});
