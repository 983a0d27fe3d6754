import { hash } from '@node-rs/argon2';
import { passwordProblem } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { appendAuditRecords, findOrgUnit, findUser, insertUser, setUserScope } from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { summariseUser, type UserSummary } from './userViews.js';
import { refuseSsoEmailTaken } from './ssoEmailTaken.js';
import { checkedContactEmail } from './setUserEmail.js';
import { checkedRole, checkedSsoEmail, normalisedUsername, scopeProblem } from './userRules.js';
import { requireUser } from './userAccess.js';

export interface NewUser {
  readonly username: string;
  readonly displayName?: string | undefined;
  readonly role: string;
  /** Absent for an account that signs in only through the force's identity provider. */
  readonly password?: string | undefined;
  readonly scope?: readonly string[] | undefined;
  /** Marks the account for single sign-on: the address the identity provider must vouch for. */
  readonly ssoEmail?: string | undefined;
  /** Where reminders are sent; absent: no reminders by e-mail. */
  readonly email?: string | undefined;
}

/**
 * Adds an account: with a password that meets the policy, marked for single sign-on, or both.
 * The change is audited.
 */
export async function addUser(ctx: ServiceContext, input: NewUser): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const username = normalisedUsername(input.username);
  if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username)) {
    throw new BluelampProblem(
      'invalid-input',
      'A user name has 2 to 64 letters, digits, dots, dashes, underscores or @.',
      'username',
    );
  }
  const role = checkedRole(input.role);
  // Only a scope given is held to the role, so that callers adding owners before their units are known still can.
  const misfit = input.scope === undefined ? null : scopeProblem(role, input.scope);
  if (misfit !== null) throw new BluelampProblem('invalid-input', misfit, 'scope');
  const ssoEmail = checkedSsoEmail(input.ssoEmail ?? null);
  const email = checkedContactEmail(input.email ?? null);
  const problem = input.password === undefined ? null : passwordProblem(input.password, username);
  if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'password');
  const passwordHash = input.password === undefined ? null : await hash(input.password);
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await findUser(trx, { username })) !== undefined) {
      throw new BluelampProblem('conflict', `A user called "${username}" already exists.`, 'username');
    }
    await refuseSsoEmailTaken(trx, ssoEmail, username);
    for (const code of input.scope ?? []) {
      if ((await findOrgUnit(trx, code)) === undefined) {
        throw new BluelampProblem('invalid-input', `No organisational unit has the code "${code}".`, 'scope');
      }
    }
    const id = await insertUser(trx, {
      username,
      displayName: input.displayName?.trim() || username,
      role,
      passwordHash,
      ssoEmail,
      email,
      createdAt: new Date().toISOString(),
    });
    await setUserScope(trx, id, input.scope ?? []);
    const created = summariseUser(await requireUser(trx, { id }));
    await appendAuditRecords(trx, [
      auditRecord(ctx, { action: 'create', entityType: 'user', entityId: username, after: created }),
    ]);
    return created;
  });
}
