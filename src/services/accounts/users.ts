import { hash } from '@node-rs/argon2';
import { isRole, passwordProblem, type Role } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  deleteSessions,
  findOrgUnit,
  findUser,
  insertUser,
  listUsers as listUserRecords,
  setUserScope,
  updateUser,
  type UserRecord,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** What may be shown of a user: never the password hash. */
export interface UserSummary {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly scope: string[];
  readonly createdAt: string;
}

export function summariseUser(user: UserRecord): UserSummary {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabled,
    scope: user.scope,
    createdAt: user.createdAt,
  };
}

export interface NewUser {
  readonly username: string;
  readonly displayName?: string | undefined;
  readonly role: string;
  /** Absent for an account that signs in only through the force's identity provider. */
  readonly password?: string | undefined;
  readonly scope?: readonly string[] | undefined;
}

function checkedRole(role: string): Role {
  if (!isRole(role))
    throw new BluelampProblem(
      'invalid-input',
      `"${role}" is not a role: use admin, performance, owner, reviewer or viewer.`,
      'role',
    );
  return role;
}

async function requireUser(
  db: Parameters<typeof findUser>[0],
  where: { username?: string; id?: number },
): Promise<UserRecord> {
  const user = await findUser(db, where);
  if (user === undefined)
    throw new BluelampProblem('not-found', `No user has the name "${where.username ?? String(where.id)}".`, 'username');
  return user;
}

/** Adds a local account with a password that meets the policy; the change is audited. */
export async function addUser(ctx: ServiceContext, input: NewUser): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const username = input.username.trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9._@-]{1,63}$/.test(username)) {
    throw new BluelampProblem(
      'invalid-input',
      'A user name has 2 to 64 letters, digits, dots, dashes, underscores or @.',
      'username',
    );
  }
  const role = checkedRole(input.role);
  const problem = input.password === undefined ? null : passwordProblem(input.password, username);
  if (problem !== null) throw new BluelampProblem('invalid-input', problem, 'password');
  const passwordHash = input.password === undefined ? null : await hash(input.password);
  return ctx.store.db.transaction().execute(async (trx) => {
    if ((await findUser(trx, { username })) !== undefined) {
      throw new BluelampProblem('conflict', `A user called "${username}" already exists.`, 'username');
    }
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

export async function listUsers(ctx: ServiceContext): Promise<UserSummary[]> {
  authorise(ctx, 'users.manage');
  return (await listUserRecords(ctx.store.db)).map(summariseUser);
}

async function changeUser(
  ctx: ServiceContext,
  username: string,
  changes: { role?: Role; disabled?: boolean },
  reason?: string,
): Promise<UserSummary> {
  authorise(ctx, 'users.manage');
  const before = await requireUser(ctx.store.db, { username });
  return ctx.store.db.transaction().execute(async (trx) => {
    await updateUser(trx, before.id, changes);
    // A changed role or a disabled account takes effect at once: existing sessions end.
    await deleteSessions(trx, { userId: before.id });
    const after = summariseUser(await requireUser(trx, { id: before.id }));
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'user',
        entityId: username,
        before: summariseUser(before),
        after,
        reason,
      }),
    ]);
    return after;
  });
}

export async function setUserRole(
  ctx: ServiceContext,
  username: string,
  role: string,
  reason?: string,
): Promise<UserSummary> {
  return changeUser(ctx, username, { role: checkedRole(role) }, reason);
}

export async function disableUser(ctx: ServiceContext, username: string, reason?: string): Promise<UserSummary> {
  return changeUser(ctx, username, { disabled: true }, reason);
}
