import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { passwordProblem } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { forgetSignInFailures } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeUser } from './changeUser.js';
import { normalisedUsername } from './userRules.js';
import type { UserSummary } from './userViews.js';

export interface PasswordReset {
  readonly user: UserSummary;
  /** The password made for the account, to hand over once; null when the administrator chose one. */
  readonly generatedPassword: string | null;
}

/**
 * An administrator sets a new password for someone who has forgotten theirs: the one given, or
 * a strong one made here and shown once. Every session of the account ends, and its failed
 * sign-ins are forgotten so the person can use the new password at once; the change is audited.
 */
export async function resetUserPassword(
  ctx: ServiceContext,
  input: { username: string; password?: string | undefined; reason?: string | undefined },
): Promise<PasswordReset> {
  // Before any hashing, so that no one else can make the server spend argon2 time here.
  authorise(ctx, 'users.manage');
  const username = normalisedUsername(input.username);
  const generatedPassword = input.password === undefined ? randomBytes(18).toString('base64url') : null;
  const password = input.password ?? generatedPassword ?? '';
  const problem = passwordProblem(password, username);
  if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'password');
  const user = await changeUser(
    ctx,
    username,
    { passwordHash: await hash(password) },
    input.reason ?? 'Password reset by an administrator',
  );
  await forgetSignInFailures(ctx.store.db, username);
  return { user, generatedPassword };
}
