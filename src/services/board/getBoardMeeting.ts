import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting, meetingView, type BoardMeetingView } from './boardAccess.js';

/** A meeting: its board, date and title, who came, and the actions log as at that meeting. */
export async function getBoardMeeting(ctx: ServiceContext, input: { meeting: number }): Promise<BoardMeetingView> {
  authorise(ctx, 'board.read');
  const db = ctx.store.db;
  return meetingView(db, await findMeeting(db, input.meeting));
}
