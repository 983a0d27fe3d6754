import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Role } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  countSignInFailures,
  deleteSessions,
  findSession,
  findUser,
  insertSession,
  recordSignInFailure,
  touchSession,
  type UserRecord,
} from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './users.js';

export const SESSION_IDLE_MINUTES = Number(process.env.BLUELAMP_SESSION_IDLE_MINUTES ?? 30);
export const SESSION_ABSOLUTE_HOURS = Number(process.env.BLUELAMP_SESSION_ABSOLUTE_HOURS ?? 12);
/** Failed sign-ins allowed per user name, and per client address, within the window. */
export const FAILURES_PER_USERNAME = 5;
export const FAILURES_PER_CLIENT = 20;
export const FAILURE_WINDOW_MINUTES = 15;

const WRONG = 'The user name or password is not right.';
// Verifying against a real hash when the user does not exist keeps timing from revealing names.
const decoyHash = hash('bluelamp decoy password that matches nothing');

export interface SignedIn {
  readonly token: string;
  readonly csrfToken: string;
  readonly user: UserSummary;
  readonly expiresAt: string;
}

export interface Session {
  readonly id: number;
  readonly userId: number;
  readonly user: UserSummary & { readonly role: Role };
  readonly csrfToken: string;
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function minutesAgo(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * 60_000).toISOString();
}

async function refuseWhenGuessing(ctx: ServiceContext, username: string, client: string, now: Date): Promise<void> {
  const since = minutesAgo(now, FAILURE_WINDOW_MINUTES);
  const byName = await countSignInFailures(ctx.store.db, since, { username });
  const byClient = await countSignInFailures(ctx.store.db, since, { client });
  if (byName >= FAILURES_PER_USERNAME || byClient >= FAILURES_PER_CLIENT) {
    throw new BluelampProblem(
      'rate-limited',
      `Too many failed sign-in attempts. Wait ${FAILURE_WINDOW_MINUTES} minutes and try again.`,
    );
  }
}

/** Checks a password and opens a session stored in the database, so any Bluelamp process can serve it. */
export async function signIn(
  ctx: ServiceContext,
  input: { username: string; password: string; client: string },
): Promise<SignedIn> {
  const now = new Date();
  const username = input.username.trim().toLowerCase();
  await refuseWhenGuessing(ctx, username, input.client, now);
  const user = await findUser(ctx.store.db, { username });
  const matches = await verify(user?.passwordHash ?? (await decoyHash), input.password);
  if (user === undefined || user.passwordHash === null || !matches || user.disabled) {
    await recordSignInFailure(ctx.store.db, { username, client: input.client, at: now.toISOString() });
    throw new BluelampProblem('unauthenticated', WRONG);
  }
  return openSession(ctx, user);
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

/** The session a cookie's token names, if it is still alive; an idle or expired one is removed. */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<Session | null> {
  const session = await findSession(ctx.store.db, tokenHash(token));
  if (session === undefined) return null;
  const now = new Date();
  const idle = session.lastSeenAt < minutesAgo(now, SESSION_IDLE_MINUTES);
  const expired = session.expiresAt <= now.toISOString();
  const user = idle || expired ? undefined : await findUser(ctx.store.db, { id: session.userId });
  if (user === undefined || user.disabled) {
    await deleteSessions(ctx.store.db, { id: session.id });
    return null;
  }
  // Idle time is measured in minutes, so one write a minute keeps it without a write per request.
  if (session.lastSeenAt < minutesAgo(now, 1)) await touchSession(ctx.store.db, session.id, now.toISOString());
  return { id: session.id, userId: user.id, user: summariseUser(user), csrfToken: session.csrfToken };
}

export async function signOut(ctx: ServiceContext, session: Session): Promise<void> {
  await deleteSessions(ctx.store.db, { id: session.id });
}

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhere(ctx: ServiceContext, session: Session): Promise<number> {
  return deleteSessions(ctx.store.db, { userId: session.userId });
}
