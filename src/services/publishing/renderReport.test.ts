import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { QUARTER_2_SLIP, publishSlipInQuarter2 } from '../../../test/support/quarterSlip.js';
import { publishQuarterlyReport } from './publishQuarterlyReport.js';
import { renderReport } from './renderReport.js';

const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const VIEWER: Actor = { kind: 'user', username: 'board.member', role: 'viewer', scope: [] };
const Q1 = { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' };

/** The PDF's text as poppler reads it, lines joined, so a sentence wrapped over lines reads whole. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');
}

function pdfInfo(pdf: Buffer): string {
  return execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
}

/** The text of a Word document's body, its runs run together. */
function docxText(docx: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-docx-')), 'report.docx');
  fs.writeFileSync(file, docx);
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true });
  return xml.replace(/<[^>]+>/g, '');
}

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

  it('prints the PDF as a published document: tagged, cover summary, contents with page numbers, header and footer', async () => {
    const pdf = (await renderReport(ctx(), { kind: 'quarterly', ...Q1 }, 'pdf')).content;
    expect(pdfInfo(pdf)).toMatch(/^Tagged:\s+yes$/m);
    const pages = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' }).split('\f');
    expect(pages[0]).toMatch(/6\s+0\s+6\s+due this quarter\s+carried forward/);
    expect(pages[0]).toContain('Page 1 of');
    expect(pages[0]).toContain(
      'Metropolitan Police Service Business Plan 2018-19: progress update, 2018-19, Quarter 1',
    );
    expect(pages[1]).toMatch(
      /Contents\s+About this update\s+3\s+Quarter overview\s+4\s+3 Focusing on what matters most for Londoners\s+\d/,
    );
  });

  it('shows a milestone moved from Quarter 2 to Quarter 4, with its reason, in HTML, PDF and Word alike', async () => {
    await publishSlipInQuarter2(ctx());
    const request = { kind: 'quarterly', plan: Q1.plan, quarter: '2018-19-Q2' } as const;
    const line = `Slipped: ${QUARTER_2_SLIP.slip}`;
    const html = (await renderReport(ctx(), request, 'html')).content.toString('utf8');
    expect(html).toContain(`<p class="slip">${line}</p>`);
    expect(pdfText((await renderReport(ctx(), request, 'pdf')).content)).toContain(line);
    expect(docxText((await renderReport(ctx(), request, 'docx')).content)).toContain(line);
  });

  it('prints the board pack tagged, with its title as running header and page numbers', async () => {
    const pdf = (await renderReport({ ...ctx(), actor: VIEWER }, { kind: 'board-pack', meeting: 1 }, 'pdf')).content;
    expect(pdfInfo(pdf)).toMatch(/^Tagged:\s+yes$/m);
    const text = pdfText(pdf);
    expect(text).toMatch(/Page 1 of \d+/);
    const title = /^Title:\s+(.+)$/m.exec(pdfInfo(pdf))?.[1] ?? 'no title';
    expect(text.split(title).length - 1).toBeGreaterThan(1);
  });
});
