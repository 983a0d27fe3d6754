import { formatQuarterShort, parseIsoDate } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  actionLogLines,
  BOARDS,
  meetingSummary,
  type ActionLogLine,
  type Attendee,
  type Board,
  type MeetingSummary,
} from '../../domain/board/index.js';
import {
  findStoredMeeting,
  listActionStatusRecords,
  listStoredActions,
  listStoredAttendees,
  listStoredMeetings,
  type Executor,
  type StoredMeeting,
} from '../../store/index.js';
import { quarterFromInput } from '../plans/planAccess.js';

/** A meeting with who came and the actions log it carries. */
export interface BoardMeetingView extends MeetingSummary {
  readonly attendees: readonly Attendee[];
  readonly actions: readonly ActionLogLine[];
}

export function checkedBoard(value: string | undefined, field = 'board'): Board | undefined {
  if (value === undefined) return undefined;
  if (!(BOARDS as readonly string[]).includes(value)) {
    throw new BluelampProblem('invalid-input', `${field} must be one of ${BOARDS.join(', ')}, not "${value}".`, field);
  }
  return value as Board;
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
  return {
    ...meetingSummary(meeting),
    attendees: await listStoredAttendees(db, meeting.id),
    actions: actionLogLines(meeting, meetings, actions, records),
  };
}
