import type { Transaction } from 'kysely';
import { actorLabel } from '../../domain/accounts/index.js';
import type { BoardRecord } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findStoredBoard,
  findStoredBoardByName,
  saveStoredBoard,
  type DatabaseSchema,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { boardView, checkedBoardKey, checkedBoardRecord, type BoardInput, type BoardView } from './boardRules.js';

async function nameIsFree(trx: Transaction<DatabaseSchema>, board: BoardRecord): Promise<void> {
  const holder = await findStoredBoardByName(trx, board.name);
  if (holder !== undefined && holder.key !== board.key) {
    throw new BluelampProblem('conflict', `The board "${holder.key}" is already called "${board.name}".`, 'name');
  }
}

/** Writes the board in the caller's transaction, with an audit record saying what it was before. */
export async function writeBoard(
  ctx: ServiceContext,
  trx: Transaction<DatabaseSchema>,
  board: BoardRecord,
  at: string,
): Promise<BoardView> {
  const before = await findStoredBoard(trx, board.key);
  await nameIsFree(trx, board);
  await saveStoredBoard(trx, board, { at, by: actorLabel(ctx.actor) });
  await appendAuditRecords(trx, [
    auditRecord(ctx, {
      action: before === undefined ? 'create' : 'update',
      entityType: 'board',
      entityId: board.key,
      before: before ?? null,
      after: board,
      reason: before === undefined ? `${board.name} added` : `${board.name} changed`,
    }),
  ]);
  return boardView(board);
}

/** Adds a board meetings can then be recorded for. Its key never changes once added. */
export async function addBoard(ctx: ServiceContext, input: BoardInput & { key: string }): Promise<BoardView> {
  authorise(ctx, 'board.edit');
  const board = checkedBoardRecord(checkedBoardKey(input.key), input);
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await findStoredBoard(trx, board.key)) !== undefined) {
      throw new BluelampProblem('conflict', `There is already a board "${board.key}".`, 'key');
    }
    return writeBoard(ctx, trx, board, new Date().toISOString());
  });
}

/** Changes a board's name, owner, visibility, reports or risk review; its meetings keep its key. */
export async function editBoard(ctx: ServiceContext, input: BoardInput & { key: string }): Promise<BoardView> {
  authorise(ctx, 'board.edit');
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await findStoredBoard(trx, input.key)) === undefined) {
      throw new BluelampProblem('not-found', `There is no board "${input.key}".`, 'key');
    }
    return writeBoard(ctx, trx, checkedBoardRecord(input.key, input), new Date().toISOString());
  });
}
