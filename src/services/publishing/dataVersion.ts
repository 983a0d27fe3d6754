import { bumpDataVersion, readStoreDataVersion, type Executor } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

/**
 * Everything the public sees: published plans, updates and reports, measures and their
 * observations, police.uk figures, priorities, inspections, board papers.
 */
export const OPEN_DATA_SCOPE = 'open-data';

/**
 * Everything a signed-in reader can see, and who may see what: drafts and updates in progress,
 * board and risk records, evidence, and the users and their roles and units (migration 0032).
 */
export const INTERNAL_DATA_SCOPE = 'internal-data';

/**
 * A short token that changes whenever published or open data changes, for cache keys and
 * ETags. The time of the change rides along with the counter so that a database made afresh,
 * whose counter starts again at 1, never hands out a token an older database already used.
 */
export async function currentDataVersion(
  ctx: Pick<ServiceContext, 'store'>,
  scope: string = OPEN_DATA_SCOPE,
): Promise<string> {
  const { version, changedAt } = await readStoreDataVersion(ctx.store, scope);
  const stamp = changedAt === null ? 0 : Date.parse(changedAt);
  return `${version.toString(36)}-${stamp.toString(36)}`;
}

/** Call inside the transaction of any write that changes what the public sees. */
export function openDataChanged(trx: Executor): Promise<void> {
  return bumpDataVersion(trx, OPEN_DATA_SCOPE);
}
