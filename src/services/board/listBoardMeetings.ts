import { meetingSummary, type MeetingSummary } from '../../domain/board/index.js';
import { listStoredMeetings } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkedBoard } from './boardAccess.js';

/** Board meetings, newest first, of one board or of every board; or a page of them in id order. */
export async function listBoardMeetings(
  ctx: ServiceContext,
  filter: { board?: string | undefined } = {},
  page?: { readonly afterId?: number | undefined; readonly limit: number },
): Promise<{ meetings: MeetingSummary[] }> {
  authorise(ctx, 'board.read');
  const board = await checkedBoard(ctx.store.db, filter.board);
  return { meetings: (await listStoredMeetings(ctx.store.db, board?.key, page)).map(meetingSummary) };
}
