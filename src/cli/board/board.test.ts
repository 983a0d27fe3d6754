import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { chromiumAvailable } from '../../reports/index.js';

describeCliWithDemoData('bluelamp board on the demo data', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-board-'));

  it('lists the meetings newest first, and one board alone', async () => {
    use();
    const all = await run('board', 'meetings');
    expect(all.code).toBe(0);
    expect(
      all.out
        .split('\n')
        .slice(2)
        .map((line) => line.slice(0, 16)),
    ).toEqual([
      '5   2018-12-11  ',
      '6   2018-11-14  ',
      '7   2018-10-30  ',
      '3   2018-10-24  ',
      '4   2018-09-25  ',
      '2   2018-09-13  ',
      '1   2018-07-25  ',
    ]);
    const oversight = JSON.parse((await run('board', 'meetings', '--board', 'oversight-board', '--json')).out) as {
      meetings: { title: string }[];
    };
    expect(oversight.meetings.map((m) => m.title)).toEqual(['Oversight board: Quarter 1 progress']);
  });

  it('shows a meeting with its attendees and its actions log, the closed one once and the late one overdue', async () => {
    use();
    const shown = await run('board', 'show', '--meeting', '3');
    expect(shown.out).toContain(
      'Performance Group: Quarter 2 review (Performance Group), 2018-10-24, reviews 2018-19 Q2',
    );
    expect(shown.out).toMatch(/A1 .*✓ Done, closed here/);
    expect(shown.out).toMatch(/A2 .*2018-09-30 \(overdue\).*→ In progress/);
  });

  it('records a meeting, raises an action and records its status, then refuses a second status at the same meeting', async () => {
    use();
    const added = await run(
      'board',
      'add-meeting',
      '--board',
      'performance-group',
      '--date',
      '2019-01-23',
      '--title',
      'Performance Group: Quarter 3 review',
      '--quarter',
      '2018-19-Q3',
      '--attendee',
      'Deputy Commissioner (demo)|Chair|attended',
      'Head of Performance (demo)|Secretariat|apologies',
    );
    expect(added.out).toBe('Recorded meeting 8: Performance Group: Quarter 3 review on 2019-01-23.');
    const action = await run(
      'board',
      'add-action',
      '--meeting',
      '8',
      '--text',
      'Test',
      '--owner',
      'Chair',
      '--due',
      '2019-03-31',
    );
    expect(action.out).toMatch(/^Raised action A6 at meeting 8, due 2019-03-31\.$/);
    const status = await run(
      'board',
      'action-status',
      '--meeting',
      '8',
      '--action',
      'A2',
      '--status',
      'done',
      '--note',
      'Plan agreed.',
    );
    expect(status.out).toBe('Action A2: in-progress → done at meeting 8.');
    const again = await run('board', 'action-status', '--meeting', '8', '--action', '2', '--status', 'open');
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('already has a status recorded') as unknown });
    const log = JSON.parse((await run('board', 'show', '--meeting', '8', '--json')).out) as {
      attendees: unknown[];
      actions: { id: number; status: { code: string } }[];
    };
    expect(log.attendees).toHaveLength(2);
    expect(log.actions.map((a) => [a.id, a.status.code])).toEqual([
      [2, 'done'],
      [3, 'open'],
      [5, 'open'],
      [6, 'open'],
    ]);
  });

  it('says which input is wrong, in one sentence', async () => {
    use();
    expect(await run('board', 'show', '--meeting', 'x')).toMatchObject({
      code: 1,
      err: 'bluelamp: --meeting must be a meeting number, not "x".',
    });
    expect((await run('board', 'show', '--meeting', '99')).err).toBe('bluelamp: There is no board meeting 99.');
  });

  it('writes the same pack HTML twice, exceptions first', async () => {
    use();
    const first = path.join(folder, 'first.html');
    const written = await run('board', 'pack', '--meeting', '1', '--out', first);
    expect(written.out).toMatch(
      /^Wrote the board pack for Performance Group: Quarter 1 review \(0 milestones, \d+ measures and 0 findings needing attention; 3 actions on the log\)/,
    );
    await run('board', 'pack', '--meeting', '1', '--format', 'html', '--out', path.join(folder, 'second.html'));
    expect(fs.readFileSync(path.join(folder, 'second.html'))).toEqual(fs.readFileSync(first));
  });

  it.runIf(chromiumAvailable())(
    'writes a PDF whose text holds the exceptions, the actions log and the tracker',
    async () => {
      use();
      const file = path.join(folder, 'pack.pdf');
      expect((await run('board', 'pack', '--meeting', '3', '--format', 'pdf', '--out', file)).code).toBe(0);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const words of [
        '1 Exceptions',
        'Milestones delayed or overdue',
        'OVERDUE',
        '2 Actions log',
        '3 Full tracker',
        '✓ Delivered',
      ]) {
        expect(text).toContain(words);
      }
    },
  );
});
