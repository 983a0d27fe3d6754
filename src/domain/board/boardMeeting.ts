import type { IsoDate } from '../calendar/index.js';

/**
 * A board's key, as a meeting stores it ("performance-group", "audit-panel"). Boards are data
 * (see boards.ts): which keys exist is the boards table's to say, not a list in the code.
 */
export type Board = string;

/** Whether someone on the list came to the meeting or sent apologies. */
export const ATTENDANCE = ['attended', 'apologies'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  attended: 'Attended',
  apologies: 'Apologies',
};

export interface Attendee {
  readonly name: string;
  /** Their role or organisation, as the minutes name it ("Chair — Deputy Commissioner"). */
  readonly role: string;
  readonly attendance: Attendance;
}

/** An action's status, recorded at a meeting. Done and dropped close it; it leaves later logs. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionStatusDefinition {
  readonly code: ActionStatus;
  readonly label: string;
  /** Shown with the word, never instead of it, so status never rests on colour alone. */
  readonly symbol: string;
  readonly meaning: string;
}

export const ACTION_STATUS_DEFINITIONS: Readonly<Record<ActionStatus, ActionStatusDefinition>> = {
  open: { code: 'open', label: 'Open', symbol: '○', meaning: 'Raised; work has not started.' },
  'in-progress': { code: 'in-progress', label: 'In progress', symbol: '→', meaning: 'Work is under way.' },
  done: { code: 'done', label: 'Done', symbol: '✓', meaning: 'Done to the board’s satisfaction; closed.' },
  dropped: { code: 'dropped', label: 'Dropped', symbol: '–', meaning: 'No longer needed; closed.' },
};

export function isClosedStatus(status: ActionStatus): boolean {
  return status === 'done' || status === 'dropped';
}

/** A meeting as the actions log reasons about it: which board, when, and its id to break ties. */
export interface MeetingRef {
  readonly id: number;
  readonly board: Board;
  readonly date: IsoDate;
}

/** Meetings in the order they were held: by date, then by the order they were recorded. */
export function compareMeetings(a: MeetingRef, b: MeetingRef): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id - b.id;
}
