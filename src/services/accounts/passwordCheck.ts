import { hash, verify } from '@node-rs/argon2';
import { BluelampProblem } from '../../domain/errors.js';
import { claimSignInAttempt, settleSignInAttempt } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { FAILURE_WINDOW_MINUTES, FAILURES_PER_CLIENT, FAILURES_PER_USERNAME, minutesAgo } from './sessionRules.js';

// Verifying against a real hash when there is none keeps timing from revealing which names exist.
const decoyHash = hash('bluelamp decoy password that matches nothing');

export interface PasswordCheck {
  readonly username: string;
  readonly client: string;
  /** The stored hash; null for an unknown name or an account without a password. */
  readonly passwordHash: string | null;
  readonly password: string;
  /** Whether a matching password is accepted (a disabled account's is not, and counts as a failure). */
  readonly acceptable: boolean;
}

/**
 * Checks a password within the sign-in limits (5 attempts per user name and 20 per client in 15
 * minutes). The attempt is recorded and counted before argon2 runs, so however many checks are
 * fired at once, no more than the limit are ever made; the rest are refused with rate-limited.
 */
export async function checkPassword(ctx: ServiceContext, check: PasswordCheck): Promise<boolean> {
  const now = new Date();
  const attempt = await claimSignInAttempt(
    ctx.store.db,
    { username: check.username, client: check.client, at: now.toISOString() },
    {
      since: minutesAgo(now, FAILURE_WINDOW_MINUTES),
      perUsername: FAILURES_PER_USERNAME,
      perClient: FAILURES_PER_CLIENT,
    },
  );
  if (attempt === null) {
    throw new BluelampProblem(
      'rate-limited',
      `Too many failed sign-in attempts. Wait ${FAILURE_WINDOW_MINUTES} minutes and try again.`,
    );
  }
  const matches = await verify(check.passwordHash ?? (await decoyHash), check.password);
  const accepted = matches && check.passwordHash !== null && check.acceptable;
  await settleSignInAttempt(ctx.store.db, attempt, accepted ? 'succeeded' : 'failed');
  return accepted;
}
