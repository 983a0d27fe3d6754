import { BluelampProblem } from '../../domain/errors.js';
import { findUser } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { openSession, type SignedIn } from './openSession.js';
import { checkPassword } from './passwordCheck.js';

const WRONG = 'The user name or password is not right.';

/** Checks a password and opens a session stored in the database, so any Bluelamp process can serve it. */
export async function signIn(
  ctx: ServiceContext,
  input: { username: string; password: string; client: string },
): Promise<SignedIn> {
  const username = input.username.trim().toLowerCase();
  const user = await findUser(ctx.store.db, { username });
  const accepted = await checkPassword(ctx, {
    username,
    client: input.client,
    passwordHash: user?.passwordHash ?? null,
    password: input.password,
    acceptable: user !== undefined && !user.disabled,
  });
  if (user === undefined || !accepted) throw new BluelampProblem('unauthenticated', WRONG);
  return openSession(ctx, user);
}
