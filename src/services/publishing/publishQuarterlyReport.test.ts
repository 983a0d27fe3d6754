import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { renameQuarterOneLead } from '../../../test/support/reportCorrections.js';
import { publishQuarterlyReport } from './publishQuarterlyReport.js';
import { getPublishedReport, listPublishedReports } from './reportVersions.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const VIEWER: Actor = { kind: 'user', username: 'board.member', role: 'viewer', scope: [] };
const Q1 = { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' };
const KEY = 'met-business-plan-2018-19-2018-19-q1';

describeWithDemoData('publishing the quarterly progress report', (ctx) => {
  it('freezes the rendered report and the data it shows as version 1 under a stable key', async () => {
    const version = await publishQuarterlyReport({ ...ctx(), actor: PERFORMANCE }, Q1);
    expect(version).toMatchObject({
      reportKey: KEY,
      kind: 'quarterly-progress',
      version: 1,
      title: 'Metropolitan Police Service Business Plan 2018-19: progress update',
      period: '2018-19, Quarter 1 (April to June 2018)',
      publishedBy: 'the performance team',
      note: null,
    });
    const published = await getPublishedReport({ ...ctx(), actor: PUBLIC_ACTOR }, { report: KEY, version: 1 });
    expect(published.html).toContain('BP18-05');
    expect(published.data).toMatchObject({ quarter: { code: '2018-19 Q1' }, totals: { due: 6 } });
  });

  it('refuses to publish again without a note saying what the correction changes', async () => {
    const problem = await problemOf(publishQuarterlyReport({ ...ctx(), actor: PERFORMANCE }, Q1));
    expect(problem).toMatchObject({ kind: 'invalid-input', field: 'note' });
    expect(problem.message).toContain('already published (version 1)');
  });

  it('refuses a correction that changes nothing', async () => {
    const problem = await problemOf(publishQuarterlyReport({ ...ctx(), actor: PERFORMANCE }, { ...Q1, note: 'Again' }));
    expect(problem).toMatchObject({ kind: 'conflict' });
  });

  it('publishes a correction as version 2 with its note, and keeps version 1 exactly as it was', async () => {
    const before = await getPublishedReport(ctx(), { report: KEY, version: 1 });
    await renameQuarterOneLead(ctx());
    const version = await publishQuarterlyReport(
      { ...ctx(), actor: PERFORMANCE },
      { ...Q1, note: 'Corrects the title.' },
    );
    expect(version).toMatchObject({ version: 2, note: 'Corrects the title.' });
    expect(await getPublishedReport(ctx(), { report: KEY, version: 1 })).toEqual(before);
    const [report] = await listPublishedReports({ ...ctx(), actor: PUBLIC_ACTOR }, { report: KEY });
    expect(report?.versions.map((v) => [v.version, v.note])).toEqual([
      [2, 'Corrects the title.'],
      [1, null],
    ]);
  });

  it('lets only the performance team publish: the public must sign in and a board member is refused', async () => {
    expect(await problemOf(publishQuarterlyReport({ ...ctx(), actor: PUBLIC_ACTOR }, Q1))).toMatchObject({
      kind: 'unauthenticated',
    });
    expect(await problemOf(publishQuarterlyReport({ ...ctx(), actor: VIEWER }, Q1))).toMatchObject({
      kind: 'forbidden',
    });
  });

  it('refuses to publish a report of a plan that is still a draft', async () => {
    const problem = await problemOf(
      publishQuarterlyReport({ ...ctx(), actor: PERFORMANCE }, { plan: '3', quarter: '2011-12 Q1' }),
    );
    expect(problem).toMatchObject({ kind: 'conflict', field: 'plan' });
  });

  it('is protected by the database itself: an update or a delete of a published version fails', async () => {
    const db = ctx().store.db;
    await expect(sql`update published_reports set title = 'Rewritten'`.execute(db)).rejects.toThrow(/cannot change/);
    await expect(sql`delete from published_reports`.execute(db)).rejects.toThrow(/cannot change/);
    const titles = await db.selectFrom('published_reports').select('title').execute();
    expect(titles.map((t) => t.title)).not.toContain('Rewritten');
    expect(titles).toHaveLength(2);
  });

  it('says plainly when a report or a version was never published', async () => {
    expect(await problemOf(listPublishedReports(ctx(), { report: 'no-such-report' }))).toMatchObject({
      kind: 'not-found',
    });
    expect(await problemOf(getPublishedReport(ctx(), { report: KEY, version: 9 }))).toMatchObject({
      kind: 'not-found',
      field: 'version',
    });
  });
});
