export type { BoardMeetingView } from './boardAccess.js';
export * from './listBoardMeetings.js';
export * from './getBoardMeeting.js';
export * from './recordBoardMeeting.js';
export * from './raiseBoardAction.js';
export * from './recordActionStatus.js';
export * from './buildBoardPack.js';
export * from './packPublicationSummary.js';
