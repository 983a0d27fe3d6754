import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../../test/support/browser.js';
import { ChromiumMissingError, chromiumAvailable, htmlToPdf } from './htmlToPdf.js';

const report = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Quarterly progress</title>
<style>@page { size: A4; margin: 20mm; } body { font-family: arial, sans-serif; }</style></head>
<body>
<h1>Quarterly progress update, 2018-19 Q2</h1>
<table>
  <thead><tr><th>Milestone</th><th>Status</th></tr></thead>
  <tbody><tr><td>BP18-32 Body-worn video</td><td>Delivered</td></tr></tbody>
</table>
</body>
</html>`;

/** The PDF's text as poppler's pdftotext reads it, layout kept so table rows stay on one line. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
}

describe('htmlToPdf', () => {
  it('prints HTML with a heading and a table to a PDF whose text can be read back', async () => {
    const pdf = await htmlToPdf(report, { executablePath: CHROMIUM_PATH });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Quarterly progress update, 2018-19 Q2');
    expect(text).toMatch(/BP18-32 Body-worn video\s+Delivered/);
  });

  it('prints a tagged PDF with an outline, the title as running header and "Page n of m" in the footer', async () => {
    const pdf = await htmlToPdf(report, { executablePath: CHROMIUM_PATH });
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(pdf.toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
    const text = pdfText(pdf);
    expect(text).toMatch(/^Quarterly progress\s*$/m);
    expect(text).toContain('Page 1 of 1');
  });

  it('writes into the contents the page each entry is printed on', async () => {
    const chapters = ['One', 'Two', 'Three'].map(
      (name, i) => `<h2 id="c${i}" style="break-before: page">${name}</h2><p>Text of chapter ${name}.</p>`,
    );
    const contents = ['One', 'Two', 'Three']
      .map((name, i) => `<li><a href="#c${i}">${name}</a> at <span data-page-of="c${i}"></span></li>`)
      .join('');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Book</title></head>
<body><h1>Book</h1><ul>${contents}</ul>${chapters.join('')}</body></html>`;
    const text = pdfText(await htmlToPdf(html, { executablePath: CHROMIUM_PATH }));
    expect(text).toMatch(/One at 2\s+Two at 3\s+Three at 4/);
    expect(text).toContain('Page 4 of 4');
  });

  it('says which package to install when Chromium is missing', async () => {
    const missing = '/nonexistent/chromium';
    expect(chromiumAvailable(missing)).toBe(false);
    const failure = htmlToPdf(report, { executablePath: missing });
    await expect(failure).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(failure).rejects.toThrow(
      'PDF needs Chromium, which is not installed here: install the Debian package chromium ' +
        '(sudo apt-get install chromium). HTML and DOCX reports work without it.',
    );
    await expect(failure).rejects.toMatchObject({ name: 'ChromiumMissingError', executablePath: missing });
  });

  it('finds the Chromium the tests use', () => {
    expect(chromiumAvailable(CHROMIUM_PATH)).toBe(true);
  });
});
