import type { Role } from '../../domain/accounts/index.js';
import { deleteSessions, findSession, touchSession } from '../../store/index.js';
import { findCurrentUser } from './currentUsers.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './userViews.js';
import { minutesAgo, SESSION_IDLE_MINUTES, tokenHash } from './sessionRules.js';

export interface Session {
  readonly id: number;
  readonly userId: number;
  readonly user: UserSummary & { readonly role: Role };
  readonly csrfToken: string;
  /**
   * Set when the caller came with a personal API token instead of a session cookie: such a caller
   * only reads, and has no session of its own (id 0, no CSRF token).
   */
  readonly apiTokenId?: number;
}

/** The session a cookie's token names, if it is still alive; an idle or expired one is removed. */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<Session | null> {
  const session = await findSession(ctx.store.db, tokenHash(token));
  if (session === undefined) return null;
  const now = new Date();
  const idle = session.lastSeenAt < minutesAgo(now, SESSION_IDLE_MINUTES);
  const expired = session.expiresAt <= now.toISOString();
  const user = idle || expired ? undefined : await findCurrentUser(ctx, session.userId);
  if (user === undefined || user.disabled) {
    await deleteSessions(ctx.store.db, { id: session.id });
    return null;
  }
  // Idle time is measured in minutes, so one write a minute keeps it without a write per request.
  if (session.lastSeenAt < minutesAgo(now, 1)) await touchSession(ctx.store.db, session.id, now.toISOString());
  return { id: session.id, userId: user.id, user: summariseUser(user), csrfToken: session.csrfToken };
}
