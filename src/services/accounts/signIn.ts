import { hash, verify } from '@node-rs/argon2';
import { BluelampProblem } from '../../domain/errors.js';
import { countSignInFailures, findUser, recordSignInFailure } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { openSession, type SignedIn } from './openSession.js';
import { FAILURE_WINDOW_MINUTES, FAILURES_PER_CLIENT, FAILURES_PER_USERNAME, minutesAgo } from './sessionRules.js';

const WRONG = 'The user name or password is not right.';
// Verifying against a real hash when the user does not exist keeps timing from revealing names.
const decoyHash = hash('bluelamp decoy password that matches nothing');

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
