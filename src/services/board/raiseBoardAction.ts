import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { appendAuditRecords, insertBoardAction, type DatabaseSchema } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkedDate, checkedText, findMeeting } from './boardAccess.js';

export interface BoardActionInput {
  readonly meeting: number;
  readonly text: string;
  /** Who is to do it: a person's name or a role, as the minutes write it. */
  readonly owner: string;
  readonly due: string;
}

/** Raises an action at a meeting; it stays on the board's log until it is done or dropped. */
export async function raiseBoardAction(ctx: ServiceContext, input: BoardActionInput): Promise<{ id: number }> {
  authorise(ctx, 'board.edit');
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeBoardAction(ctx, trx, input, at));
}

/** The action inside a caller's transaction, as of a moment. */
export async function writeBoardAction(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: BoardActionInput,
  at: string,
): Promise<{ id: number }> {
  const meeting = await findMeeting(trx, input.meeting);
  const action = {
    meetingId: meeting.id,
    text: checkedText(input.text, 'text', 2000),
    owner: checkedText(input.owner, 'owner', 200),
    dueOn: checkedDate(input.due, 'due'),
  };
  const id = await insertBoardAction(trx, { ...action, raisedAt: at, raisedBy: actorLabel(ctx.actor) });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'board_action',
      entityId: String(id),
      after: action,
      reason: `Action raised at ${meeting.title}`,
    }),
  ]);
  return { id };
}
