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
