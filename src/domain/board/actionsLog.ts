import type { IsoDate } from '../calendar/index.js';
import { compareMeetings, isClosedStatus, type ActionStatus, type MeetingRef } from './boardMeeting.js';

/** An action raised at a meeting: what is to be done, by whom (a name or role, as text), by when. */
export interface BoardAction {
  readonly id: number;
  readonly raisedAt: MeetingRef;
  readonly text: string;
  readonly owner: string;
  readonly dueOn: IsoDate;
}

/** An action's status as recorded at a meeting, with the board's note. */
export interface ActionStatusRecord {
  readonly actionId: number;
  readonly meeting: MeetingRef;
  readonly status: ActionStatus;
  readonly note: string | null;
}

/** One line of a meeting's actions log. */
export interface LoggedAction {
  readonly action: BoardAction;
  /** The status as at the meeting: the last one recorded at it or before it, or open. */
  readonly status: ActionStatus;
  /** The record that status comes from; null while nothing has been recorded since it was raised. */
  readonly statusRecord: ActionStatusRecord | null;
  readonly raisedHere: boolean;
  /** Closed (done or dropped) at this very meeting: shown once more, with its closing. */
  readonly closedHere: boolean;
  /** Due before the meeting's date and not closed. */
  readonly overdue: boolean;
}

function atOrBefore(meeting: MeetingRef, than: MeetingRef): boolean {
  return compareMeetings(meeting, than) <= 0;
}

/** The last record of an action at or before a meeting (strictly before, with `strict`), or null. */
function statusRecordAsAt(
  records: readonly ActionStatusRecord[],
  actionId: number,
  meeting: MeetingRef,
  strict = false,
): ActionStatusRecord | null {
  let latest: ActionStatusRecord | null = null;
  for (const record of records) {
    if (record.actionId !== actionId) continue;
    const order = compareMeetings(record.meeting, meeting);
    if (order > 0 || (strict && order === 0)) continue;
    if (latest === null || compareMeetings(record.meeting, latest.meeting) >= 0) latest = record;
  }
  return latest;
}

/** An action's status as at a meeting: open until something else is recorded. */
export function statusAsAt(
  records: readonly ActionStatusRecord[],
  actionId: number,
  meeting: MeetingRef,
): ActionStatus {
  return statusRecordAsAt(records, actionId, meeting)?.status ?? 'open';
}

/** Overdue at a meeting: its due day is before the meeting's and it is not closed. */
export function isOverdueAt(action: BoardAction, status: ActionStatus, meeting: MeetingRef): boolean {
  return action.dueOn < meeting.date && !isClosedStatus(status);
}

/**
 * Whether a meeting's log carries an action: raised at that meeting or an earlier one of the same
 * board, and not closed before it (an action closed at this meeting still shows, with its closing).
 */
export function carriesAction(
  meeting: MeetingRef,
  action: BoardAction,
  records: readonly ActionStatusRecord[],
): boolean {
  if (action.raisedAt.board !== meeting.board || !atOrBefore(action.raisedAt, meeting)) return false;
  const before = statusRecordAsAt(records, action.id, meeting, true);
  return before === null || !isClosedStatus(before.status);
}

/** The actions log for a meeting, oldest raised first, each with its status as at the meeting. */
export function actionsLogFor(
  meeting: MeetingRef,
  actions: readonly BoardAction[],
  records: readonly ActionStatusRecord[],
): LoggedAction[] {
  return actions
    .filter((action) => carriesAction(meeting, action, records))
    .sort((a, b) => compareMeetings(a.raisedAt, b.raisedAt) || a.id - b.id)
    .map((action) => {
      const statusRecord = statusRecordAsAt(records, action.id, meeting);
      const status = statusRecord?.status ?? 'open';
      const here = statusRecord !== null && compareMeetings(statusRecord.meeting, meeting) === 0;
      return {
        action,
        status,
        statusRecord,
        raisedHere: compareMeetings(action.raisedAt, meeting) === 0,
        closedHere: here && isClosedStatus(status),
        overdue: isOverdueAt(action, status, meeting),
      };
    });
}
