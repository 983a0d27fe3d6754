import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { DEMO_ACTION_STATUSES, DEMO_BOARD_ACTIONS, DEMO_MEETINGS } from '../../../demo/board.js';
import { DEMO_BOARDS, DEMO_PAPERS } from '../../../demo/boards.js';
import { saveStoredPaper, type DatabaseSchema } from '../../store/index.js';
import { writeBoard } from '../board/saveBoard.js';
import { writeActionStatus } from '../board/recordActionStatus.js';
import { writeBoardAction } from '../board/raiseBoardAction.js';
import { writeBoardMeeting } from '../board/recordBoardMeeting.js';
import type { ServiceContext } from '../context.js';

function idOf(ids: ReadonlyMap<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`The demo board data names "${key}", which it does not define.`);
  return id;
}

/**
 * The demo's boards (added, or brought back to the demo's description), then seven board meetings
 * of 2018, some meetings' papers and the (invented) actions log, written through the same steps
 * the API takes, in the demo's transaction and dated as if recorded the day after each meeting.
 */
export async function loadDemoBoard(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
): Promise<{ boardMeetings: number; boardActions: number }> {
  const meetings = new Map<string, number>();
  const actions = new Map<string, number>();
  for (const board of DEMO_BOARDS) await writeBoard(ctx, trx, board, '2018-04-01T09:00:00.000Z');
  for (const meeting of DEMO_MEETINGS) {
    meetings.set(meeting.key, (await writeBoardMeeting(ctx, trx, meeting, meeting.at)).id);
  }
  for (const paper of DEMO_PAPERS) {
    const at = DEMO_MEETINGS.find((m) => m.key === paper.meeting)?.at ?? '2018-04-01T09:00:00.000Z';
    await saveStoredPaper(trx, idOf(meetings, paper.meeting), { ...paper, at, by: actorLabel(ctx.actor) });
  }
  for (const action of DEMO_BOARD_ACTIONS) {
    const input = { meeting: idOf(meetings, action.meeting), text: action.text, owner: action.owner, due: action.due };
    actions.set(action.key, (await writeBoardAction(ctx, trx, input, action.at)).id);
  }
  for (const record of DEMO_ACTION_STATUSES) {
    const input = { ...record, meeting: idOf(meetings, record.meeting), action: idOf(actions, record.action) };
    await writeActionStatus(ctx, trx, input, record.at);
  }
  return { boardMeetings: DEMO_MEETINGS.length, boardActions: DEMO_BOARD_ACTIONS.length };
}
