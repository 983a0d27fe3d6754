import { findStoredBoard } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

/**
 * Whether a board reviews risks (the MOPAC/MPS Audit Panel does), so a pack for its meetings
 * carries a risk section. A fact about a board, read inside another use case that has already
 * made its own permission check (building a pack); an unknown board reviews none.
 */
export async function boardReviewsRisks(ctx: ServiceContext, boardKey: string): Promise<boolean> {
  return (await findStoredBoard(ctx.store.db, boardKey))?.reviewsRisks ?? false;
}
