import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';

describeCliWithDemoData('bluelamp board boards and papers on the demo data', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-boards-'));

  it('lists the Audit Panel’s meetings alone as JSON, its two demo meetings newest first', async () => {
    use();
    const shown = await run('board', 'meetings', '--board', 'audit-panel', '--json');
    expect(shown.code).toBe(0);
    const { meetings } = JSON.parse(shown.out) as {
      meetings: { id: number; board: string; boardLabel: string; date: string }[];
    };
    expect(meetings.map((m) => [m.id, m.board, m.boardLabel, m.date])).toEqual([
      [5, 'audit-panel', 'MOPAC/MPS Audit Panel', '2018-12-11'],
      [4, 'audit-panel', 'MOPAC/MPS Audit Panel', '2018-09-25'],
    ]);
  });

  it('refuses a board that is not in the table, naming the boards there are', async () => {
    use();
    const answer = await run('board', 'meetings', '--board', 'cabinet');
    expect(answer.code).not.toBe(0);
    expect(answer.err).toContain('board must be one of');
    expect(answer.err).toContain('audit-panel');
  });

  it('lists the boards, adds one, edits it keeping what was not given, and records a meeting for it', async () => {
    use();
    const listed = await run('board', 'boards');
    expect(listed.out).toMatch(
      /police-and-crime-committee\s+London Assembly Police and Crime Committee\s+London Assembly\s+Public/,
    );
    expect(listed.out).toMatch(
      /audit-panel\s+MOPAC\/MPS Audit Panel\s+The oversight body\s+Internal\s+Board pack, Risk register\s+Yes/,
    );
    const added = await run(
      'board',
      'add-board',
      '--key',
      'violence-board',
      '--name',
      'London Violence Board',
      '--owner',
      'partnership',
      '--visibility',
      'internal',
      '--report',
      'board-pack',
    );
    expect(added.out).toBe('Added board violence-board: London Violence Board.');
    expect((await run('board', 'edit-board', '--key', 'violence-board', '--reviews-risks')).code).toBe(0);
    const boards = JSON.parse((await run('board', 'boards', '--json')).out) as {
      boards: { key: string; name: string; reports: string[]; reviewsRisks: boolean }[];
    };
    expect(boards.boards.find((b) => b.key === 'violence-board')).toMatchObject({
      name: 'London Violence Board',
      reports: ['board-pack'],
      reviewsRisks: true,
    });
    const meeting = await run(
      'board',
      'add-meeting',
      '--board',
      'violence-board',
      '--date',
      '2019-02-05',
      '--title',
      'First meeting',
    );
    expect(meeting.code).toBe(0);
  });

  it('writes a meeting’s minutes and attaches a file, which the meeting then shows', async () => {
    use();
    expect((await run('board', 'paper', '--meeting', '6', '--kind', 'minutes', '--text', 'Noted.')).code).toBe(0);
    const file = path.join(folder, 'minutes.pdf');
    fs.writeFileSync(file, samplePdf('Minutes'));
    const attached = await run('board', 'attach', '--meeting', '6', '--kind', 'minutes', '--file', file);
    expect(attached.out).toMatch(/^Attached minutes\.pdf to the minutes of meeting 6 \(SHA-256 [0-9a-f]{64}\)\.$/);
    const shown = JSON.parse((await run('board', 'show', '--meeting', '6', '--json')).out) as {
      papers: { kind: string; text: string; files: { fileName: string }[] }[];
    };
    expect(shown.papers[1]).toMatchObject({ kind: 'minutes', text: 'Noted.', files: [{ fileName: 'minutes.pdf' }] });
    fs.writeFileSync(path.join(folder, 'fake.pdf'), 'not a pdf');
    const refused = await run(
      'board',
      'attach',
      '--meeting',
      '6',
      '--kind',
      'minutes',
      '--file',
      path.join(folder, 'fake.pdf'),
    );
    expect(refused.err).toContain('not a .pdf file');
  });
});
