import { deleteSessions } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import type { Session } from './resolveSession.js';

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhere(ctx: ServiceContext, session: Session): Promise<number> {
  return deleteSessions(ctx.store.db, { userId: session.userId });
}
