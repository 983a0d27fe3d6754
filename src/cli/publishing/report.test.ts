import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { LIBRE_OFFICE_TIMEOUT_MS, docxToPdf } from '../../../test/support/libreOffice.js';

/** The Quarter 1 2018-19 milestones of the demo business plan, every one delivered. */
const Q1_MILESTONES = ['BP18-05', 'BP18-44', 'BP18-47', 'BP18-83', 'BP18-84', 'BP18-85'];

describeCliWithDemoData('bluelamp report quarterly on the demo data', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-report-'));
  const quarterly = (format: string, file: string) =>
    run(
      'report',
      'quarterly',
      '--plan',
      'met-business-plan-2018-19',
      '--quarter',
      '2018-19-Q1',
      '--format',
      format,
      '--out',
      path.join(folder, file),
    );
  it('writes the same HTML bytes twice', async () => {
    use();
    const first = await quarterly('html', 'first.html');
    expect(first.out).toBe(
      `Wrote the 2018-19, Quarter 1 (April to June 2018) progress report of Metropolitan Police Service Business Plan 2018-19 (6 milestones due, 0 carried forward) to ${path.join(folder, 'first.html')}.`,
    );
    await quarterly('html', 'second.html');
    expect(fs.readFileSync(path.join(folder, 'second.html'))).toEqual(fs.readFileSync(path.join(folder, 'first.html')));
  });

  it('writes a PDF whose text holds each Q1 milestone with its status word, the legend and the headline crime figure', async () => {
    use();
    expect((await quarterly('pdf', 'q1.pdf')).code).toBe(0);
    const text = execFileSync('pdftotext', [path.join(folder, 'q1.pdf'), '-'], { encoding: 'utf8' });
    for (const ref of Q1_MILESTONES) expect(text).toContain(ref);
    expect(text.match(/✓ Delivered/g)?.length).toBeGreaterThanOrEqual(Q1_MILESTONES.length);
    for (const status of ['On track', 'Some delay', 'Not started', 'Missed', 'Withdrawn'])
      expect(text).toContain(status);
    expect(text.replace(/\s+/g, ' ')).toContain('All recorded crime: 208,612 offences in Quarter 1, 2018-19');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0: MPS Borough Level Crime',
    );
  });

  it(
    'writes a Word document that LibreOffice prints with each Q1 milestone and its status word, the legend and the headline crime figure',
    async () => {
      use();
      expect((await quarterly('docx', 'q1.docx')).code).toBe(0);
      const pdf = await docxToPdf(path.join(folder, 'q1.docx'));
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      fs.rmSync(path.dirname(pdf), { recursive: true, force: true });
      for (const ref of Q1_MILESTONES) {
        const after = text.slice(text.indexOf(ref) + ref.length);
        expect(text).toContain(ref);
        expect(after.split(/BP18-\d+/)[0]).toContain('✓ Delivered');
      }
      for (const status of ['On track', 'Some delay', 'Not started', 'Missed', 'Withdrawn'])
        expect(text).toContain(status);
      expect(text.replace(/\s+/g, ' ')).toContain('All recorded crime: 208,612 offences in Quarter 1, 2018-19');
      expect(text.replace(/\s+/g, ' ')).toContain(
        'Contains public sector information licensed under the Open Government Licence v3.0: MPS Borough Level Crime',
      );
    },
    LIBRE_OFFICE_TIMEOUT_MS,
  );

  it('refuses a quarter it cannot read and writes nothing', async () => {
    use();
    const result = await run(
      'report',
      'quarterly',
      '--plan',
      'met-business-plan-2018-19',
      '--quarter',
      'soon',
      '--out',
      path.join(folder, 'bad.html'),
    );
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('quarter must be a quarter such as 2018-19 Q1');
    expect(fs.existsSync(path.join(folder, 'bad.html'))).toBe(false);
  });
});
