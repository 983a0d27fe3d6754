import { listStoredBoards } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { boardView, type BoardView } from './boardRules.js';

/** Every board meetings can be recorded for, by name, with whose it is and who may read its papers. */
export async function listBoards(ctx: ServiceContext): Promise<{ boards: BoardView[] }> {
  authorise(ctx, 'board.read');
  return { boards: (await listStoredBoards(ctx.store.db)).map(boardView) };
}
