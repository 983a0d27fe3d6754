import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { publishQuarterlyReport } from '../../services/index.js';
import { findPublishedReportFile } from '../../store/index.js';
import { withContext } from '../session.js';

const KEY = 'met-business-plan-2018-19-2018-19-q1';
const digest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describeCliWithDemoData('bluelamp report show of a published Word file', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-kept-'));

  it('writes the file kept at publication, byte for byte, with the digest stored for it', async () => {
    use();
    await withContext((ctx) =>
      publishQuarterlyReport(ctx, { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' }),
    );
    const stored = await withContext((ctx) =>
      findPublishedReportFile(ctx.store.db, { reportKey: KEY, version: 1, format: 'docx' }),
    );
    const out = path.join(folder, 'v1.docx');
    const shown = await run(
      'report',
      'show',
      '--report',
      KEY,
      '--report-version',
      '1',
      '--format',
      'docx',
      '--out',
      out,
    );
    expect(shown.code).toBe(0);
    const written = fs.readFileSync(out);
    expect(digest(written)).toBe(stored?.content_sha256);
    expect(stored !== null && written.equals(stored.content)).toBe(true);
    expect(shown.out).toBe(
      `Wrote version 1 of ${KEY} as published (sha256 ${stored?.content_sha256 ?? ''}) to ${out}.`,
    );
  });
});
