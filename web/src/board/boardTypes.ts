/** What the board routes answer, as the route table declares it (src/api/board/schemas.ts). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type MeetingList = ResponseOf<'listBoardMeetings'>;
export type MeetingSummary = MeetingList['meetings'][number];
export type Board = MeetingSummary['board'];
export type MeetingPage = ResponseOf<'getBoardMeeting'>;
export type ActionLogLine = MeetingPage['actions'][number];
export type MeetingLink = ActionLogLine['raisedAt'];
export type ActionStatusCode = ActionLogLine['status']['code'];

export type BoardList = ResponseOf<'listBoards'>;
export type BoardInfo = BoardList['boards'][number];
export type MeetingPaper = MeetingPage['papers'][number];

export const ACTION_STATUS_CHOICES: readonly { value: ActionStatusCode; label: string; hint: string }[] = [
  { value: 'open', label: 'Open', hint: 'Raised; work has not started.' },
  { value: 'in-progress', label: 'In progress', hint: 'Work is under way.' },
  { value: 'done', label: 'Done', hint: 'Done to the board’s satisfaction; it leaves the log after this meeting.' },
  { value: 'dropped', label: 'Dropped', hint: 'No longer needed; it leaves the log after this meeting.' },
];
