import { randomBytes } from 'node:crypto';
import { insertSession, type UserRecord } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './userViews.js';
import { SESSION_ABSOLUTE_HOURS, tokenHash } from './sessionRules.js';

export interface SignedIn {
  readonly token: string;
  readonly csrfToken: string;
  readonly user: UserSummary;
  readonly expiresAt: string;
}

/** Starts a session for a user who has proved who they are, by password or single sign-on. */
export async function openSession(ctx: ServiceContext, user: UserRecord): Promise<SignedIn> {
  const now = new Date();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString();
  await insertSession(ctx.store.db, {
    tokenHash: tokenHash(token),
    userId: user.id,
    csrfToken,
    now: now.toISOString(),
    expiresAt,
  });
  return { token, csrfToken, user: summariseUser(user), expiresAt };
}
