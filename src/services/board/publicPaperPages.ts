import { formatLongDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { openDataTable, openDataView, type OpenDataLink, type OpenDataView } from '../../domain/publishing/index.js';
import {
  findStoredBoard,
  findStoredMeeting,
  listPublicBoardMeetingIds,
  listStoredMeetings,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { HOME } from '../publishing/openData/publicContext.js';
import { meetingPapers, type MeetingPaperView } from './meetingPapers.js';

export const BOARD_PAPERS: OpenDataLink = { path: '/public/board-papers', label: 'Board papers' };

export function boardPapersPath(meetingId: number): string {
  return `${BOARD_PAPERS.path}/${meetingId}`;
}

const PUBLIC_RULE =
  'Only the papers of public boards are shown here. The papers of internal boards (the force’s own, and the oversight body’s private meetings) are for the people who attend them.';

/** The addresses of the public papers pages: the list, then each public board's meeting. */
export async function listBoardPaperPaths(ctx: ServiceContext): Promise<string[]> {
  authorise(ctx, 'reports.read');
  const ids = await listPublicBoardMeetingIds(ctx.store.db);
  return [BOARD_PAPERS.path, ...ids.map(boardPapersPath)];
}

/** /public/board-papers: every meeting of a public board, newest first. */
export async function buildBoardPapersView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'reports.read');
  const ids = new Set(await listPublicBoardMeetingIds(ctx.store.db));
  const meetings = (await listStoredMeetings(ctx.store.db)).filter((m) => ids.has(m.id));
  const table = openDataTable(
    {
      name: 'meetings',
      caption: meetings.length === 1 ? '1 meeting of a public board' : `${meetings.length} meetings of public boards`,
      columns: [
        { key: 'meeting', label: 'Meeting' },
        { key: 'board', label: 'Board' },
        { key: 'date', label: 'Date' },
      ],
    },
    meetings.map((m) => ({
      cells: { meeting: m.title, board: m.boardName, date: formatLongDate(m.date) },
      links: { meeting: boardPapersPath(m.id) },
    })),
  );
  return openDataView({
    path: BOARD_PAPERS.path,
    title: 'Board papers',
    lead: 'The agenda, minutes and decisions of each meeting of a board that meets in public.',
    notes: [PUBLIC_RULE],
    trail: [HOME],
    tables: [table],
  });
}

function papersTable(papers: readonly MeetingPaperView[]) {
  return openDataTable(
    {
      name: 'papers',
      caption: 'Agenda, minutes and decisions',
      columns: [
        { key: 'paper', label: 'Paper' },
        { key: 'text', label: 'Text', long: true },
        { key: 'updatedOn', label: 'Last written' },
      ],
    },
    papers.map((p) => ({
      cells: {
        paper: p.label,
        text: p.text === '' ? 'Not written yet.' : p.text,
        updatedOn: p.updatedAt === null ? 'Not written yet' : formatLongDate(p.updatedAt.slice(0, 10)),
      },
    })),
  );
}

/** /public/board-papers/:meeting: one public meeting's agenda, minutes and decisions, with files. */
export async function buildMeetingPapersView(ctx: ServiceContext, input: { meeting: number }): Promise<OpenDataView> {
  authorise(ctx, 'reports.read');
  const meeting = await findStoredMeeting(ctx.store.db, input.meeting);
  const board = meeting === undefined ? undefined : await findStoredBoard(ctx.store.db, meeting.board);
  // An internal board's meeting is answered as if it did not exist, so the public learn nothing of it.
  if (meeting === undefined || board?.visibility !== 'public') {
    throw new BluelampProblem('not-found', `There are no public papers for meeting ${input.meeting}.`, 'meeting');
  }
  const papers = await meetingPapers(ctx.store.db, meeting.id);
  const text = papersTable(papers);
  const files = papers.flatMap((p) => p.files.map((f) => ({ ...f, paper: p.label })));
  const fileTable = openDataTable(
    {
      name: 'files',
      caption: files.length === 1 ? '1 attached file' : `${files.length} attached files`,
      columns: [
        { key: 'file', label: 'File' },
        { key: 'paper', label: 'Paper' },
        { key: 'sizeKb', label: 'Size (KB)', numeric: true },
        { key: 'sha256', label: 'SHA-256' },
      ],
    },
    files.map((f) => ({
      cells: {
        file: f.fileName,
        paper: f.paper,
        sizeKb: Math.max(1, Math.round(f.sizeBytes / 1024)),
        sha256: f.sha256,
      },
      links: { file: f.path },
    })),
  );
  return openDataView({
    path: boardPapersPath(meeting.id),
    title: meeting.title,
    lead: `The papers of the ${board.name} meeting held on ${formatLongDate(meeting.date)}.`,
    notes: [
      `Source: the ${board.name}’s papers as its secretariat recorded them.`,
      ...(files.length === 0 ? ['No files are attached to these papers.'] : []),
      PUBLIC_RULE,
    ],
    trail: [HOME, BOARD_PAPERS],
    tables: files.length === 0 ? [text] : [text, fileTable],
  });
}
