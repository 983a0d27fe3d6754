import type { Actor } from '../../domain/accounts/index.js';
import {
  compareMeetings,
  isClosedStatus,
  type ActionStatusRecord,
  type BoardAction,
} from '../../domain/board/index.js';
import { formatLongDate, type IsoDate } from '../../domain/calendar/index.js';
import type { OrganisationModel } from '../../domain/organisation/index.js';
import { listActionStatusRecords, listStoredActions, listStoredBoards, type Executor } from '../../store/index.js';
import { shortened } from './findingWork.js';
import { urgencyOf, type WorkItem } from './workItem.js';

/** Raised by the day and not closed at any meeting held by then: the log as it stood that day. */
function isOpenOn(action: BoardAction, records: readonly ActionStatusRecord[], on: IsoDate): boolean {
  if (action.raisedAt.date > on) return false;
  const latest = records
    .filter((record) => record.actionId === action.id && record.meeting.date <= on)
    .sort((a, b) => compareMeetings(a.meeting, b.meeting))
    .at(-1);
  return latest === undefined || !isClosedStatus(latest.status);
}

function mentions(text: string, name: string): boolean {
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return escaped !== '' && new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * An action's owner is written as text (a name or a post), so it is theirs when it names their
 * user name or, for an owner, a unit in their scope by code or name.
 */
function ownsAction(action: BoardAction, actor: Actor, model: OrganisationModel): boolean {
  if (actor.kind !== 'user') return false;
  if (mentions(action.owner, actor.username)) return true;
  if (actor.role !== 'owner') return false;
  return actor.scope.some(
    (code) => mentions(action.owner, code) || mentions(action.owner, model.unit(code)?.name ?? ''),
  );
}

/** Open board actions the person owns, or every open one for the team that keeps the actions log. */
export async function boardWork(
  db: Executor,
  input: { readonly actor: Actor; readonly model: OrganisationModel; readonly keepsLog: boolean; readonly on: IsoDate },
): Promise<WorkItem[]> {
  const { actor, model, keepsLog, on } = input;
  const items: WorkItem[] = [];
  for (const board of await listStoredBoards(db)) {
    const records = await listActionStatusRecords(db, board.key);
    for (const action of await listStoredActions(db, board.key)) {
      if (!isOpenOn(action, records, on) || !(keepsLog || ownsAction(action, actor, model))) continue;
      items.push({
        kind: 'board-action',
        key: `board-action:${action.id}`,
        title: `${shortened(action.text)} — ${action.owner}, raised at the ${board.name} on ${formatLongDate(action.raisedAt.date)}`,
        deadline: action.dueOn,
        urgency: urgencyOf(action.dueOn, on),
        path: `/board/meetings/${action.raisedAt.id}`,
        comment: null,
      });
    }
  }
  return items;
}
