import { formatQuarterShort, parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  actionLogLines,
  meetingSummary,
  type ActionLogLine,
  type Attendee,
  type BoardRecord,
  type BoardVisibility,
  type MeetingSummary,
} from '../../domain/board/index.js';
import {
  findStoredBoard,
  findStoredMeeting,
  listStoredBoards,
  listActionStatusRecords,
  listStoredActions,
  listStoredAttendees,
  listStoredMeetings,
  type Executor,
  type StoredMeeting,
} from '../../store/index.js';
import { quarterFromInput } from '../plans/planAccess.js';
import { meetingPapers, type MeetingPaperView } from './meetingPapers.js';

/** A meeting with who came, the actions log it carries, and its papers. */
export interface BoardMeetingView extends MeetingSummary {
  /** Whether the board's papers are public: the public site shows a public board's. */
  readonly boardVisibility: BoardVisibility;
  readonly attendees: readonly Attendee[];
  readonly actions: readonly ActionLogLine[];
  readonly papers: readonly MeetingPaperView[];
}

/** A board named by its key, checked against the boards table (boards are data, not a list in the code). */
export async function checkedBoard(
  db: Executor,
  value: string | undefined,
  field = 'board',
): Promise<BoardRecord | undefined> {
  if (value === undefined) return undefined;
  const board = await findStoredBoard(db, value);
  if (board === undefined) {
    const keys = (await listStoredBoards(db)).map((b) => b.key);
    throw new BluelampProblem('invalid-input', `${field} must be one of ${keys.join(', ')}, not "${value}".`, field);
  }
  return board;
}

/** Text a person typed, trimmed, between 1 and `max` characters. */
export function checkedText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === '' || text.length > max) {
    throw new BluelampProblem(
      'invalid-input',
      `${field} must be 1 to ${max.toLocaleString('en-GB')} characters.`,
      field,
    );
  }
  return text;
}

export function checkedDate(value: string, field: string): string {
  const date = parseIsoDate(value.trim());
  if (date === null) {
    throw new BluelampProblem(
      'invalid-input',
      `${field} must be a real date written YYYY-MM-DD, not "${value}".`,
      field,
    );
  }
  return date;
}

/** "2018-19 Q1" in any of the quarter's written forms, stored in the short form. */
export function checkedQuarter(value: string | null | undefined): string | null {
  if (value === undefined || value === null || value.trim() === '') return null;
  return formatQuarterShort(quarterFromInput(value.trim(), 'quarter'));
}

export async function findMeeting(db: Executor, id: number, field = 'meeting'): Promise<StoredMeeting> {
  const meeting = Number.isSafeInteger(id) ? await findStoredMeeting(db, id) : undefined;
  if (meeting === undefined) throw new BluelampProblem('not-found', `There is no board meeting ${id}.`, field);
  return meeting;
}

/** The meeting, its attendees and its actions log, each action with its status as at the meeting. */
export async function meetingView(db: Executor, meeting: StoredMeeting): Promise<BoardMeetingView> {
  const meetings = await listStoredMeetings(db, meeting.board);
  const actions = await listStoredActions(db, meeting.board);
  const records = await listActionStatusRecords(db, meeting.board);
  const board = await findStoredBoard(db, meeting.board);
  return {
    ...meetingSummary(meeting),
    boardVisibility: board?.visibility ?? 'internal',
    attendees: await listStoredAttendees(db, meeting.id),
    actions: actionLogLines(meeting, meetings, actions, records),
    papers: await meetingPapers(db, meeting.id),
  };
}
