import { timingSafeEqual } from 'node:crypto';
import { apiTokenState, looksLikeApiToken } from '../../domain/accounts/index.js';
import { findApiTokenByHash, touchApiToken } from '../../store/index.js';
import { findCurrentUser } from './currentUsers.js';
import type { ServiceContext } from '../context.js';
import type { Session } from './resolveSession.js';
import { minutesAgo, tokenHash } from './sessionRules.js';
import { summariseUser } from './userViews.js';

/**
 * The person a personal API token acts for, if it is known, unexpired, not revoked and its
 * account enabled; null otherwise. The caller reads as that person, with their role and scope.
 */
export async function resolveApiToken(ctx: ServiceContext, secret: string): Promise<Session | null> {
  if (!looksLikeApiToken(secret)) return null;
  const hash = tokenHash(secret);
  const found = await findApiTokenByHash(ctx.store.db, hash);
  // The row was found by its hash; comparing again in constant time keeps timing out of the answer.
  if (found === undefined || !timingSafeEqual(Buffer.from(found.tokenHash), Buffer.from(hash))) return null;
  const now = new Date();
  if (apiTokenState(found, now.toISOString()) !== 'active') return null;
  const user = await findCurrentUser(ctx, found.userId);
  if (user === undefined || user.disabled) return null;
  // "Last used" is shown to the minute, so one write a minute is enough however often a tool reads.
  if (found.lastUsedAt === null || found.lastUsedAt < minutesAgo(now, 1)) {
    await touchApiToken(ctx.store.db, found.id, now.toISOString());
  }
  return { id: 0, userId: user.id, user: summariseUser(user), csrfToken: '', apiTokenId: found.id };
}
