import { deleteSessions } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import type { Session } from './resolveSession.js';

/** Ends the session a cookie names. */
export async function signOut(ctx: ServiceContext, session: Session): Promise<void> {
  await deleteSessions(ctx.store.db, { id: session.id });
}
