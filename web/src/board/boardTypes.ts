/** What the board routes answer (src/api/board/schemas.ts). */

export type Board = 'performance-group' | 'oversight-board';
export type ActionStatusCode = 'open' | 'in-progress' | 'done' | 'dropped';

export interface MeetingSummary {
  id: number;
  board: Board;
  boardLabel: string;
  date: string;
  title: string;
  quarter: string | null;
}

export interface MeetingList {
  meetings: MeetingSummary[];
}

export interface MeetingLink {
  id: number;
  title: string;
  date: string;
}

export interface ActionLogLine {
  id: number;
  text: string;
  owner: string;
  dueOn: string;
  raisedAt: MeetingLink;
  raisedHere: boolean;
  status: { code: ActionStatusCode; label: string; symbol: string; meaning: string };
  note: string | null;
  recordedAt: MeetingLink | null;
  closedHere: boolean;
  overdue: boolean;
}

export interface MeetingPage extends MeetingSummary {
  attendees: { name: string; role: string; attendance: 'attended' | 'apologies' }[];
  actions: ActionLogLine[];
}

export const BOARD_CHOICES: readonly { value: Board; label: string }[] = [
  { value: 'performance-group', label: 'Performance Group' },
  { value: 'oversight-board', label: 'Oversight board' },
];

export const ACTION_STATUS_CHOICES: readonly { value: ActionStatusCode; label: string; hint: string }[] = [
  { value: 'open', label: 'Open', hint: 'Raised; work has not started.' },
  { value: 'in-progress', label: 'In progress', hint: 'Work is under way.' },
  { value: 'done', label: 'Done', hint: 'Done to the board’s satisfaction; it leaves the log after this meeting.' },
  { value: 'dropped', label: 'Dropped', hint: 'No longer needed; it leaves the log after this meeting.' },
];
