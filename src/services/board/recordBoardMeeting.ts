import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import { ATTENDANCE, type Attendance, type Attendee } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, insertBoardMeeting, type DatabaseSchema } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkedBoard, checkedDate, checkedQuarter, checkedText } from './boardAccess.js';

export interface BoardMeetingInput {
  readonly board: string;
  readonly date: string;
  readonly title: string;
  /** The quarter the meeting reviews, e.g. "2018-19 Q1". */
  readonly quarter?: string | null | undefined;
  readonly attendees?: readonly { name: string; role: string; attendance: string }[] | undefined;
}

function checkedAttendees(attendees: BoardMeetingInput['attendees']): Attendee[] {
  const list = attendees ?? [];
  if (list.length > 100)
    throw new BluelampProblem('invalid-input', 'A meeting lists at most 100 attendees.', 'attendees');
  return list.map((a, i) => {
    if (!(ATTENDANCE as readonly string[]).includes(a.attendance)) {
      throw new BluelampProblem(
        'invalid-input',
        `attendees[${i}].attendance must be attended or apologies, not "${a.attendance}".`,
        `attendees[${i}].attendance`,
      );
    }
    return {
      name: checkedText(a.name, `attendees[${i}].name`, 200),
      role: checkedText(a.role, `attendees[${i}].role`, 200),
      attendance: a.attendance as Attendance,
    };
  });
}

/** Records a meeting of one of the boards, with who came. */
export async function recordBoardMeeting(ctx: ServiceContext, input: BoardMeetingInput): Promise<{ id: number }> {
  authorise(ctx, 'board.edit');
  const at = new Date().toISOString();
  return ctx.store.db.transaction().execute((trx) => writeBoardMeeting(ctx, trx, input, at));
}

/** The meeting inside a caller's transaction, as of a moment. */
export async function writeBoardMeeting(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  input: BoardMeetingInput,
  at: string,
): Promise<{ id: number }> {
  const board = await checkedBoard(trx, input.board);
  if (board === undefined) throw new BluelampProblem('invalid-input', 'board is required.', 'board');
  const meeting = {
    board: board.key,
    date: checkedDate(input.date, 'date'),
    title: checkedText(input.title, 'title', 200),
    quarter: checkedQuarter(input.quarter),
    attendees: checkedAttendees(input.attendees),
  };
  const id = await insertBoardMeeting(trx, { ...meeting, recordedAt: at, recordedBy: actorLabel(ctx.actor) });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: 'create',
      entityType: 'board_meeting',
      entityId: String(id),
      after: meeting,
      reason: `${board.name} meeting recorded`,
    }),
  ]);
  return { id };
}
