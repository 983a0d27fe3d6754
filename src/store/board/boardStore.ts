import type {
  ActionStatus,
  ActionStatusRecord,
  Attendance,
  Attendee,
  Board,
  BoardAction,
  MeetingRef,
} from '../../domain/board/index.js';
import type { Executor } from '../schema.js';

/** Board meetings, their attendees and the actions log, as stored. */

export interface StoredMeeting extends MeetingRef {
  /** The board's name, from the boards table. */
  readonly boardName: string;
  readonly title: string;
  readonly quarter: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface NewMeeting {
  readonly board: Board;
  readonly date: string;
  readonly title: string;
  readonly quarter: string | null;
  readonly attendees: readonly Attendee[];
  readonly recordedAt: string;
  readonly recordedBy: string;
}

function meetingOf(row: {
  id: number;
  board: string;
  board_name: string;
  held_on: string;
  title: string;
  quarter: string | null;
  recorded_at: string;
  recorded_by: string;
}): StoredMeeting {
  return {
    id: row.id,
    board: row.board,
    boardName: row.board_name,
    date: row.held_on,
    title: row.title,
    quarter: row.quarter,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export async function insertBoardMeeting(db: Executor, meeting: NewMeeting): Promise<number> {
  const { id } = await db
    .insertInto('board_meetings')
    .values({
      board: meeting.board,
      held_on: meeting.date,
      title: meeting.title,
      quarter: meeting.quarter,
      recorded_at: meeting.recordedAt,
      recorded_by: meeting.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (meeting.attendees.length > 0) {
    await db
      .insertInto('board_attendees')
      .values(meeting.attendees.map((a, position) => ({ meeting_id: id, ...a, position })))
      .execute();
  }
  return id;
}

/** Meetings with their board's name beside them. */
function selectMeetings(db: Executor) {
  return db
    .selectFrom('board_meetings')
    .innerJoin('boards', 'boards.key', 'board_meetings.board')
    .selectAll('board_meetings')
    .select('boards.name as board_name');
}

/** Meetings newest first (the later recorded first on the same day), of one board or both. */
/**
 * Meetings newest first, of one board or all; or, given a page, up to `limit` of them after the
 * meeting id `afterId`, in id order (a keyset read for cursor pages).
 */
export async function listStoredMeetings(
  db: Executor,
  board?: Board,
  page?: { readonly afterId?: number | undefined; readonly limit: number },
): Promise<StoredMeeting[]> {
  let query = selectMeetings(db);
  if (board !== undefined) query = query.where('board_meetings.board', '=', board);
  if (page?.afterId !== undefined) query = query.where('board_meetings.id', '>', page.afterId);
  const ordered =
    page === undefined
      ? query.orderBy('board_meetings.held_on', 'desc').orderBy('board_meetings.id', 'desc')
      : query.orderBy('board_meetings.id').limit(page.limit);
  return (await ordered.execute()).map(meetingOf);
}

export async function findStoredMeeting(db: Executor, id: number): Promise<StoredMeeting | undefined> {
  const row = await selectMeetings(db).where('board_meetings.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : meetingOf(row);
}

export async function listStoredAttendees(db: Executor, meetingId: number): Promise<Attendee[]> {
  const rows = await db
    .selectFrom('board_attendees')
    .select(['name', 'role', 'attendance'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ name: row.name, role: row.role, attendance: row.attendance as Attendance }));
}

export interface NewBoardAction {
  readonly meetingId: number;
  readonly text: string;
  readonly owner: string;
  readonly dueOn: string;
  readonly raisedAt: string;
  readonly raisedBy: string;
}

export async function insertBoardAction(db: Executor, action: NewBoardAction): Promise<number> {
  const { id } = await db
    .insertInto('board_actions')
    .values({
      meeting_id: action.meetingId,
      text: action.text,
      owner: action.owner,
      due_on: action.dueOn,
      raised_at: action.raisedAt,
      raised_by: action.raisedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Actions joined to the meeting that raised it: what both readings of an action select. */
function selectActions(db: Executor) {
  return db
    .selectFrom('board_actions')
    .innerJoin('board_meetings', 'board_meetings.id', 'board_actions.meeting_id')
    .select([
      'board_actions.id as id',
      'board_actions.text as text',
      'board_actions.owner as owner',
      'board_actions.due_on as due_on',
      'board_meetings.id as meeting_id',
      'board_meetings.held_on as held_on',
      'board_meetings.board as board',
    ]);
}

function actionOf(row: {
  id: number;
  text: string;
  owner: string;
  due_on: string;
  meeting_id: number;
  held_on: string;
  board: string;
}): BoardAction {
  const board = row.board;
  return {
    id: row.id,
    raisedAt: { id: row.meeting_id, board, date: row.held_on },
    text: row.text,
    owner: row.owner,
    dueOn: row.due_on,
  };
}

/** Every action raised at a meeting of this board, with the meeting that raised it. */
export async function listStoredActions(db: Executor, board: Board): Promise<BoardAction[]> {
  const rows = await selectActions(db).where('board_meetings.board', '=', board).orderBy('board_actions.id').execute();
  return rows.map(actionOf);
}

export async function findStoredAction(
  db: Executor,
  id: number,
): Promise<(BoardAction & { board: Board }) | undefined> {
  const row = await selectActions(db).where('board_actions.id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : { ...actionOf(row), board: row.board };
}

export interface NewActionStatus {
  readonly actionId: number;
  readonly meetingId: number;
  readonly status: ActionStatus;
  readonly note: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export async function insertActionStatus(db: Executor, record: NewActionStatus): Promise<void> {
  await db
    .insertInto('board_action_statuses')
    .values({
      action_id: record.actionId,
      meeting_id: record.meetingId,
      status: record.status,
      note: record.note,
      recorded_at: record.recordedAt,
      recorded_by: record.recordedBy,
    })
    .execute();
}

/** Every status recorded for the actions of this board, each with the meeting it was recorded at. */
export async function listActionStatusRecords(db: Executor, board: Board): Promise<ActionStatusRecord[]> {
  const rows = await db
    .selectFrom('board_action_statuses')
    .innerJoin('board_meetings', 'board_meetings.id', 'board_action_statuses.meeting_id')
    .select([
      'board_action_statuses.action_id as action_id',
      'board_action_statuses.status as status',
      'board_action_statuses.note as note',
      'board_meetings.id as meeting_id',
      'board_meetings.held_on as held_on',
    ])
    .where('board_meetings.board', '=', board)
    .orderBy('board_action_statuses.id')
    .execute();
  return rows.map((row) => ({
    actionId: row.action_id,
    meeting: { id: row.meeting_id, board, date: row.held_on },
    status: row.status as ActionStatus,
    note: row.note,
  }));
}

export async function deleteAllBoardMeetings(db: Executor): Promise<void> {
  for (const table of [
    'board_meeting_paper_files',
    'board_meeting_papers',
    'board_action_statuses',
    'board_actions',
    'board_attendees',
    'board_meetings',
  ] as const)
    await db.deleteFrom(table).execute();
}
