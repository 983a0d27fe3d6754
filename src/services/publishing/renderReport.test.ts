import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { publishQuarterlyReport } from './publishQuarterlyReport.js';
import { renderReport } from './renderReport.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const VIEWER: Actor = { kind: 'user', username: 'board.member', role: 'viewer', scope: [] };
const Q1 = { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' };

describeWithDemoData('rendering a report in a format', (ctx) => {
  it('renders the quarterly report built now as HTML, and as a Word document from the same report', async () => {
    const html = await renderReport(ctx(), { kind: 'quarterly', ...Q1 }, 'html');
    expect(html).toMatchObject({
      fileName: 'met-business-plan-2018-19-2018-19-q1.html',
      mediaType: 'text/html; charset=utf-8',
      published: false,
      description:
        'the 2018-19, Quarter 1 (April to June 2018) progress report of Metropolitan Police Service Business Plan 2018-19 (6 milestones due, 0 carried forward)',
    });
    expect(html.content.toString('utf8')).toContain('BP18-05');
    const docx = await renderReport(ctx(), { kind: 'quarterly', ...Q1 }, 'docx');
    expect(docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // A .docx is a zip: it starts with the local file header "PK".
    expect(docx.content.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('lets only the performance team preview a report before it is published', async () => {
    const preview = await renderReport(
      { ...ctx(), actor: PERFORMANCE },
      { kind: 'quarterly', ...Q1, preview: true },
      'html',
    );
    expect(preview.fileName).toBe('met-business-plan-2018-19-2018-19-q1-preview.html');
    const refused = await problemOf(
      renderReport({ ...ctx(), actor: VIEWER }, { kind: 'quarterly', ...Q1, preview: true }, 'html'),
    );
    expect(refused).toMatchObject({ kind: 'forbidden' });
  });

  it('renders a board pack for signed-in readers only, and says a pack has no Word version', async () => {
    const pack = await renderReport({ ...ctx(), actor: VIEWER }, { kind: 'board-pack', meeting: 1 }, 'html');
    expect(pack.fileName).toBe('board-pack-2018-07-25-performance-group.html');
    expect(pack.description).toMatch(/^the board pack for .+ actions on the log\)$/);
    expect(
      await problemOf(renderReport({ ...ctx(), actor: VIEWER }, { kind: 'board-pack', meeting: 1 }, 'docx')),
    ).toMatchObject({
      kind: 'not-found',
      field: 'format',
    });
    expect(
      await problemOf(renderReport({ ...ctx(), actor: PUBLIC_ACTOR }, { kind: 'board-pack', meeting: 1 }, 'html')),
    ).toMatchObject({ kind: 'unauthenticated' });
  });

  it('gives a published version exactly as frozen, marked as never changing, to anyone', async () => {
    const version = await publishQuarterlyReport({ ...ctx(), actor: PERFORMANCE }, Q1);
    const request = { kind: 'published', report: version.reportKey, version: 1 } as const;
    const frozen = await renderReport({ ...ctx(), actor: PUBLIC_ACTOR }, request, 'html');
    expect(frozen).toMatchObject({ fileName: `${version.reportKey}-v1.html`, published: true });
    const rebuilt = await renderReport(ctx(), { kind: 'quarterly', ...Q1 }, 'html');
    expect(frozen.content.equals(rebuilt.content)).toBe(true);
    const word = await renderReport({ ...ctx(), actor: PUBLIC_ACTOR }, request, 'docx');
    expect(word.content.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
