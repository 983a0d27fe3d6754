import { listSlices, type StoredSlice } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/**
 * The manifest: each slice held, with the file it came from and what was found in it; or, given
 * a limit, up to that many after the slice id `afterId`, in id order, for a page.
 */
export async function listPoliceUkSlices(
  ctx: ServiceContext,
  input: { force?: string; afterId?: number; limit?: number } = {},
): Promise<StoredSlice[]> {
  authorise(ctx, 'crime-data.import');
  return listSlices(ctx.store.db, input);
}
