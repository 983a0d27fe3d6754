import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import {
  ACTION_STATUS_DEFINITIONS,
  ACTION_STATUSES,
  compareMeetings,
  isClosedStatus,
  type ActionStatus,
} from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findStoredAction,
  insertActionStatus,
  isUniqueViolation,
  listActionStatusRecords,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findMeeting } from './boardAccess.js';

export interface ActionStatusInput {
  readonly meeting: number;
  readonly action: number;
  readonly status: string;
  readonly note?: string | null | undefined;
}

export interface ActionStatusResult {
  readonly action: number;
  readonly meeting: number;
  readonly from: ActionStatus;
  readonly to: ActionStatus;
}

/** Records an action's status at a meeting of its board, with the board's note. */
export async function recordActionStatus(ctx: ServiceContext, input: ActionStatusInput): Promise<ActionStatusResult> {
  authorise(ctx, 'board.edit');
  const at = new Date().toISOString();
  try {
    return await ctx.store.db.transaction().execute((trx) => writeActionStatus(ctx, trx, input, at));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new BluelampProblem('conflict', `A status for action ${input.action} was recorded at this meeting just now.`);
  }
}

function checkedStatus(status: string): ActionStatus {
  if (!(ACTION_STATUSES as readonly string[]).includes(status)) {
    throw new BluelampProblem(
      'invalid-input',
      `status must be one of ${ACTION_STATUSES.join(', ')}, not "${status}".`,
      'status',
    );
  }
  return status as ActionStatus;
}

function checkedNote(note: string | null | undefined): string | null {
  const text = note?.trim() ?? '';
  if (text.length > 2000) throw new BluelampProblem('invalid-input', 'note must be at most 2,000 characters.', 'note');
  return text === '' ? null : text;
}

/**
 * The status inside a caller's transaction. The history only moves forward: a status is recorded
 * at the meeting that raised the action or a later one of its board, after the last one recorded,
 * and never for an action already closed.
 */
export async function writeActionStatus(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: ActionStatusInput,
  at: string,
): Promise<ActionStatusResult> {
  const status = checkedStatus(input.status);
  const note = checkedNote(input.note);
  const meeting = await findMeeting(trx, input.meeting);
  const action = Number.isSafeInteger(input.action) ? await findStoredAction(trx, input.action) : undefined;
  if (action === undefined)
    throw new BluelampProblem('not-found', `There is no board action ${input.action}.`, 'action');
  if (action.board !== meeting.board || compareMeetings(meeting, action.raisedAt) < 0) {
    throw new BluelampProblem(
      'invalid-input',
      `Action ${action.id} can have its status recorded only at the meeting that raised it or a later meeting of the same board.`,
      'meeting',
    );
  }
  const records = (await listActionStatusRecords(trx, meeting.board)).filter((r) => r.actionId === action.id);
  const last = records.reduce<(typeof records)[number] | null>(
    (latest, r) => (latest === null || compareMeetings(r.meeting, latest.meeting) > 0 ? r : latest),
    null,
  );
  const from = last?.status ?? 'open';
  if (last !== null && compareMeetings(last.meeting, meeting) === 0) {
    throw new BluelampProblem('conflict', `Action ${action.id} already has a status recorded at this meeting.`);
  }
  if (last !== null && (compareMeetings(last.meeting, meeting) > 0 || isClosedStatus(from))) {
    const why = isClosedStatus(from) ? 'it is already closed' : 'a later meeting has recorded its status';
    throw new BluelampProblem('invalid-input', `Action ${action.id} was not changed: ${why}.`, 'status');
  }
  await insertActionStatus(trx, {
    actionId: action.id,
    meetingId: meeting.id,
    status,
    note,
    recordedAt: at,
    recordedBy: actorLabel(ctx.actor),
  });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'update',
      entityType: 'board_action',
      entityId: String(action.id),
      before: { status: from },
      after: { status, note, meeting: meeting.id },
      reason: `Status recorded at ${meeting.title}: ${ACTION_STATUS_DEFINITIONS[status].label.toLowerCase()}`,
    }),
  ]);
  return { action: action.id, meeting: meeting.id, from, to: status };
}
