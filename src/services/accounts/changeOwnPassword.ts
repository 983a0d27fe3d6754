import { hash } from '@node-rs/argon2';
import { passwordProblem } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, deleteSessions, updateUser } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import { checkPassword } from './passwordCheck.js';
import type { Session } from './resolveSession.js';
import { requireUser } from './userAccess.js';
import { summariseUser, type UserSummary } from './userViews.js';

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The caller's address: a wrong current password counts against the sign-in limits. */
  readonly client: string;
}

/**
 * The signed-in person changes their own password, proving it is them with the current one
 * (checked within the sign-in limits, so a stolen session cannot be used to guess it). Their
 * other sessions end; this one stays. The change is audited, without either password.
 */
export async function changeOwnPassword(
  ctx: ServiceContext,
  session: Session,
  input: PasswordChange,
): Promise<{ user: UserSummary; otherSessionsEnded: number }> {
  if (ctx.actor.kind !== 'user' || ctx.actor.username !== session.user.username) {
    throw new BluelampProblem('unauthenticated', 'Sign in to change your password.');
  }
  const user = await requireUser(ctx.store.db, { id: session.userId });
  if (user.passwordHash === null) {
    throw new BluelampProblem(
      'invalid-input',
      'This account signs in through single sign-on and has no Bluelamp password to change.',
      'currentPassword',
    );
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'newPassword');
  const proven = await checkPassword(ctx, {
    username: user.username,
    client: input.client,
    passwordHash: user.passwordHash,
    password: input.currentPassword,
    acceptable: !user.disabled,
  });
  if (!proven) throw new BluelampProblem('invalid-input', 'The current password is not right.', 'currentPassword');
  if (input.newPassword === input.currentPassword) {
    throw new BluelampProblem('invalid-input', 'The new password must differ from the current one.', 'newPassword');
  }
  const passwordHash = await hash(input.newPassword);
  return ctx.store.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { passwordHash });
    const otherSessionsEnded = await deleteSessions(trx, { userId: user.id, exceptId: session.id });
    const summary = summariseUser(user);
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'user',
        entityId: user.username,
        before: summary,
        after: summary,
        reason: 'Password changed by its owner',
      }),
    ]);
    return { user: summary, otherSessionsEnded };
  });
}
