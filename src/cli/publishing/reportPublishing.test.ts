import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

const PLAN = ['--plan', 'met-business-plan-2018-19', '--quarter', '2018-19-Q1'];
const KEY = 'met-business-plan-2018-19-2018-19-q1';

describeCliWithDemoData('bluelamp report publish, versions and show', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-published-'));

  it('says when nothing has been published yet', async () => {
    use();
    expect((await run('report', 'versions')).out).toBe('No report has been published yet.');
  });

  it('refuses a quarter outside the plan with a sentence naming its period, and a quarter not yet published', async () => {
    use();
    const outside = await run('report', 'publish', '--plan', 'met-business-plan-2018-19', '--quarter', '2019-20-Q1');
    expect(outside.code).not.toBe(0);
    expect(outside.err).toContain('met-business-plan-2018-19 covers 2018-19; 2019-20 Q1 is outside it.');
    const unpublished = await run(
      'report',
      'publish',
      '--plan',
      'met-business-plan-2018-19',
      '--quarter',
      '2018-19-Q2',
    );
    expect(unpublished.code).not.toBe(0);
    expect(unpublished.err).toContain('2018-19 Q2 of met-business-plan-2018-19 has not been published yet');
    expect((await run('report', 'versions')).out).toBe('No report has been published yet.');
  });

  it('publishes version 1, then refuses to publish again without a correction note', async () => {
    use();
    const first = await run('report', 'publish', ...PLAN);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      new RegExp(
        `^Published version 1 of Metropolitan Police Service Business Plan 2018-19: progress update, .* as ${KEY} \\(sha256 [0-9a-f]{12}\\)\\.$`,
      ),
    );
    const again = await run('report', 'publish', ...PLAN);
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('say in the note what it corrects');
  });

  it('lists every version and writes one out exactly as it was published', async () => {
    use();
    const listing = await run('report', 'versions', '--json');
    const [report] = JSON.parse(listing.out) as { reportKey: string; versions: { version: number; note: null }[] }[];
    expect(report).toMatchObject({ reportKey: KEY, versions: [{ version: 1, note: null }] });
    const out = path.join(folder, 'v1.html');
    expect((await run('report', 'show', '--report', KEY, '--report-version', '1', '--out', out)).code).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('BP18-05');
    const missing = await run('report', 'show', '--report', KEY, '--report-version', '7', '--out', out);
    expect(missing.err).toContain('has no version 7');
  });

  it('publishes a board pack, which joins the list of published reports', async () => {
    use();
    const published = await run('report', 'publish-board-pack', '--meeting', '1');
    expect(published.out).toBe(
      'Published version 1 of Performance Group: Quarter 1 review: board pack, Performance Group, 25 July 2018, as performance-group-2018-07-25-meeting-1.',
    );
    expect((await run('report', 'versions')).out).toContain('performance-group-2018-07-25-meeting-1');
    const repeated = await run('report', 'publish-board-pack', '--meeting', '1', '--expected-version', '1');
    expect(repeated.code).not.toBe(0);
    expect(repeated.err).toContain('Version 1 of this report is already published');
    expect((await run('report', 'publish-board-pack', '--meeting', 'first')).err).toContain('give a whole number');
  });
});
