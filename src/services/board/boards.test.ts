import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { samplePdf } from '../../../test/support/evidenceSamples.js';
import type { ServiceContext } from '../context.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { addMeetingPaperFile } from './addMeetingPaperFile.js';
import { boardReviewsRisks } from './boardReviewsRisks.js';
import { getBoardMeeting } from './getBoardMeeting.js';
import { getMeetingPaperFile } from './getMeetingPaperFile.js';
import { listBoardMeetings } from './listBoardMeetings.js';
import { listBoards } from './listBoards.js';
import { buildBoardPapersView, buildMeetingPapersView } from './publicPaperPages.js';
import { recordBoardMeeting } from './recordBoardMeeting.js';
import { addBoard, editBoard } from './saveBoard.js';
import { saveMeetingPaper } from './saveMeetingPaper.js';

const as = (ctx: ServiceContext, role: 'viewer' | 'performance' | 'owner'): ServiceContext => ({
  ...ctx,
  actor: { kind: 'user', username: role, role, scope: [] },
});
const publicly = (ctx: ServiceContext): ServiceContext => ({ ...ctx, actor: { kind: 'public' } });

async function meetingOf(ctx: ServiceContext, board: string): Promise<number> {
  const id = (await listBoardMeetings(ctx, { board })).meetings.at(-1)?.id;
  if (id === undefined) throw new Error(`no meeting of ${board}`);
  return id;
}

describeWithDemoData('boards as data', (ctx) => {
  it('lists the five demo boards with whose each is, who reads its papers and whether it reviews risks', async () => {
    const { boards } = await listBoards(as(ctx(), 'viewer'));
    expect(boards.map((b) => [b.key, b.ownerLabel, b.visibility, b.reviewsRisks])).toEqual([
      ['police-and-crime-committee', 'London Assembly', 'public', false],
      ['london-crime-reduction-board', 'Partnership', 'internal', false],
      ['oversight-board', 'The oversight body', 'internal', false],
      ['audit-panel', 'The oversight body', 'internal', true],
      ['performance-group', 'The force', 'internal', false],
    ]);
    expect(boards.find((b) => b.key === 'audit-panel')?.reportLabels).toEqual(['Board pack', 'Risk register']);
  });

  it('says which boards review risks, and that an unknown board reviews none', async () => {
    expect(await boardReviewsRisks(ctx(), 'audit-panel')).toBe(true);
    expect(await boardReviewsRisks(ctx(), 'performance-group')).toBe(false);
    expect(await boardReviewsRisks(ctx(), 'no-such-board')).toBe(false);
  });

  it('gives the Audit Panel two meetings of its own', async () => {
    const { meetings } = await listBoardMeetings(ctx(), { board: 'audit-panel' });
    expect(meetings.map((m) => [m.date, m.boardLabel])).toEqual([
      ['2018-12-11', 'MOPAC/MPS Audit Panel'],
      ['2018-09-25', 'MOPAC/MPS Audit Panel'],
    ]);
  });

  it('adds a board, audited, and then takes meetings for it; an unknown board is refused', async () => {
    await expect(
      recordBoardMeeting(ctx(), { board: 'victims-board', date: '2019-01-10', title: 'First meeting' }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'board' });
    const added = await addBoard(as(ctx(), 'performance'), {
      key: 'victims-board',
      name: 'Victims Board',
      owner: 'partnership',
      visibility: 'internal',
      reports: ['board-pack', 'quarterly-progress-report', 'board-pack'],
    });
    expect(added.reports).toEqual(['quarterly-progress-report', 'board-pack']);
    const { id } = await recordBoardMeeting(ctx(), {
      board: 'victims-board',
      date: '2019-01-10',
      title: 'First meeting',
    });
    expect((await getBoardMeeting(ctx(), { meeting: id })).boardLabel).toBe('Victims Board');
    const history = await listAuditHistory(ctx(), { entityType: 'board', entityId: 'victims-board' });
    expect(history.map((e) => e.action)).toEqual(['create']);
  });

  it('edits a board: its meetings keep its key and show its new name; the change is audited with what it was', async () => {
    await editBoard(as(ctx(), 'performance'), {
      key: 'london-crime-reduction-board',
      name: 'London Crime Reduction Board (LCRB)',
      owner: 'partnership',
      visibility: 'internal',
      reviewsRisks: true,
    });
    const { meetings } = await listBoardMeetings(ctx(), { board: 'london-crime-reduction-board' });
    expect(meetings.map((m) => m.boardLabel)).toEqual(['London Crime Reduction Board (LCRB)']);
    expect(await boardReviewsRisks(ctx(), 'london-crime-reduction-board')).toBe(true);
    const history = await listAuditHistory(ctx(), { entityType: 'board', entityId: 'london-crime-reduction-board' });
    expect(history.at(-1)?.before).toMatchObject({ name: 'London Crime Reduction Board' });
  });

  it('refuses a second board of the same key or name, a bad key, an unknown owner, and people who may not edit', async () => {
    const base = { name: 'Another', owner: 'force', visibility: 'internal' };
    await expect(addBoard(ctx(), { ...base, key: 'audit-panel' })).rejects.toMatchObject({ kind: 'conflict' });
    await expect(addBoard(ctx(), { ...base, key: 'x2', name: 'Performance Group' })).rejects.toMatchObject({
      kind: 'conflict',
      field: 'name',
    });
    await expect(addBoard(ctx(), { ...base, key: 'Audit Panel' })).rejects.toMatchObject({ field: 'key' });
    await expect(addBoard(ctx(), { ...base, key: 'new-one', owner: 'mayor' })).rejects.toMatchObject({
      field: 'owner',
    });
    await expect(editBoard(ctx(), { ...base, key: 'nobody' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(addBoard(as(ctx(), 'viewer'), { ...base, key: 'new-one' })).rejects.toMatchObject({
      kind: 'forbidden',
    });
  });
});

describeWithDemoData('meeting papers', (ctx) => {
  it('shows a meeting’s agenda, minutes and decisions, all three in order, empty where none is written', async () => {
    const meeting = await getBoardMeeting(ctx(), { meeting: await meetingOf(ctx(), 'audit-panel') });
    expect(meeting.papers.map((p) => [p.kind, p.text === ''])).toEqual([
      ['agenda', false],
      ['minutes', false],
      ['decisions', true],
    ]);
  });

  it('writes a paper and attaches a checked file; the file reads back byte for byte, with its digest', async () => {
    const id = await meetingOf(ctx(), 'performance-group');
    const { papers } = await saveMeetingPaper(as(ctx(), 'performance'), {
      meeting: id,
      kind: 'decisions',
      text: ' Agreed. ',
    });
    expect(papers[2]).toMatchObject({ kind: 'decisions', text: 'Agreed.', updatedBy: 'user:performance' });
    const pdf = samplePdf('Decisions');
    const added = await addMeetingPaperFile(ctx(), {
      meeting: id,
      kind: 'decisions',
      fileName: 'decisions.pdf',
      content: pdf,
    });
    const file = await getMeetingPaperFile(as(ctx(), 'viewer'), { meeting: id, file: added.id });
    expect(file.content.equals(pdf)).toBe(true);
    expect(file).toMatchObject({ fileName: 'decisions.pdf', mediaType: 'application/pdf', sha256: added.sha256 });
    const history = await listAuditHistory(ctx(), { entityType: 'board_meeting_paper', entityId: `${id}/decisions` });
    expect(history.map((e) => e.after)).toEqual([{ text: 'Agreed.' }]);
  });

  it('refuses a file whose content is not what its name says, an unknown paper and a missing meeting', async () => {
    const id = await meetingOf(ctx(), 'performance-group');
    const fake = Buffer.from('MZ not really a pdf');
    await expect(
      addMeetingPaperFile(ctx(), { meeting: id, kind: 'minutes', fileName: 'minutes.pdf', content: fake }),
    ).rejects.toMatchObject({ kind: 'invalid-input' });
    await expect(saveMeetingPaper(ctx(), { meeting: id, kind: 'memo', text: 'x' })).rejects.toMatchObject({
      field: 'kind',
    });
    await expect(saveMeetingPaper(ctx(), { meeting: 99_999, kind: 'agenda', text: 'x' })).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(
      saveMeetingPaper(as(ctx(), 'owner'), { meeting: id, kind: 'agenda', text: 'x' }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('lets the public read a public board’s papers and files, and nothing of an internal board’s', async () => {
    const pcc = await meetingOf(ctx(), 'police-and-crime-committee');
    const panel = await meetingOf(ctx(), 'audit-panel');
    const list = await buildBoardPapersView(publicly(ctx()));
    expect(list.tables[0]?.rows.map((r) => r['meeting'])).toEqual([
      'Police and Crime Committee: the Police and Crime Plan at half year (demo date)',
    ]);
    const page = await buildMeetingPapersView(publicly(ctx()), { meeting: pcc });
    expect(page.tables[0]?.rows.map((r) => r['paper'])).toEqual(['Agenda', 'Minutes', 'Decisions']);
    await expect(buildMeetingPapersView(publicly(ctx()), { meeting: panel })).rejects.toMatchObject({
      kind: 'not-found',
    });
    const pdf = samplePdf('Committee papers');
    const onPublic = await addMeetingPaperFile(ctx(), {
      meeting: pcc,
      kind: 'agenda',
      fileName: 'agenda.pdf',
      content: pdf,
    });
    const onInternal = await addMeetingPaperFile(ctx(), {
      meeting: panel,
      kind: 'agenda',
      fileName: 'agenda.pdf',
      content: pdf,
    });
    expect((await getMeetingPaperFile(publicly(ctx()), { meeting: pcc, file: onPublic.id })).sha256).toBe(
      onPublic.sha256,
    );
    await expect(getMeetingPaperFile(publicly(ctx()), { meeting: panel, file: onInternal.id })).rejects.toMatchObject({
      kind: 'unauthenticated',
    });
    // A file asked for under another meeting's number is not found, so numbers cannot be walked across boards.
    await expect(getMeetingPaperFile(publicly(ctx()), { meeting: pcc, file: onInternal.id })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});
