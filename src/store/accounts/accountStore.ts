import type { Role } from '../../domain/accounts/index.js';
import type { Executor } from '../schema.js';

export interface UserRecord {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string | null;
  readonly oidcSubject: string | null;
  /** The e-mail address the identity provider must vouch for to link the account; null: no single sign-on. */
  readonly ssoEmail: string | null;
  /** Where reminders are sent; null: no reminders by e-mail. */
  readonly email: string | null;
  readonly disabled: boolean;
  readonly createdAt: string;
  /** Codes of the organisational units an owner's scope covers. */
  readonly scope: string[];
}

async function scopesOf(db: Executor, userIds: readonly number[]): Promise<Map<number, string[]>> {
  const scopes = new Map<number, string[]>();
  if (userIds.length === 0) return scopes;
  const rows = await db
    .selectFrom('user_scopes as s')
    .innerJoin('org_units as u', 'u.id', 's.org_unit_id')
    .select(['s.user_id as userId', 'u.code as code'])
    .where('s.user_id', 'in', [...userIds])
    .orderBy('u.code')
    .execute();
  for (const row of rows) scopes.set(row.userId, [...(scopes.get(row.userId) ?? []), row.code]);
  return scopes;
}

export interface UserWhere {
  readonly username?: string;
  readonly id?: number;
  readonly ssoEmail?: string;
}

export async function listUsers(db: Executor, where: UserWhere = {}): Promise<UserRecord[]> {
  let query = db.selectFrom('users').selectAll().orderBy('username');
  if (where.username !== undefined) query = query.where('username', '=', where.username);
  if (where.id !== undefined) query = query.where('id', '=', where.id);
  if (where.ssoEmail !== undefined) query = query.where('sso_email', '=', where.ssoEmail);
  const rows = await query.execute();
  const scopes = await scopesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    passwordHash: row.password_hash,
    oidcSubject: row.oidc_subject,
    ssoEmail: row.sso_email,
    email: row.email,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    scope: scopes.get(row.id) ?? [],
  }));
}

export async function findUser(db: Executor, where: UserWhere): Promise<UserRecord | undefined> {
  return (await listUsers(db, where))[0];
}

export async function insertUser(
  db: Executor,
  user: {
    username: string;
    displayName: string;
    role: Role;
    passwordHash: string | null;
    ssoEmail: string | null;
    email?: string | null;
    createdAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      sso_email: user.ssoEmail,
      email: user.email ?? null,
      disabled: 0,
      created_at: user.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setUserScope(db: Executor, userId: number, unitCodes: readonly string[]): Promise<void> {
  await db.deleteFrom('user_scopes').where('user_id', '=', userId).execute();
  if (unitCodes.length === 0) return;
  const units = await db
    .selectFrom('org_units')
    .select(['id', 'code'])
    .where('code', 'in', [...unitCodes])
    .execute();
  await db
    .insertInto('user_scopes')
    .values(units.map((unit) => ({ user_id: userId, org_unit_id: unit.id })))
    .execute();
}

export interface UserChanges {
  readonly role?: Role;
  readonly disabled?: boolean;
  readonly passwordHash?: string;
  /** A new address (or none) also unlinks the identity linked through the old one. */
  readonly ssoEmail?: string | null;
  /** Where reminders are sent (null: none); unlike the single sign-on address, it links nothing. */
  readonly email?: string | null;
}

export async function updateUser(db: Executor, userId: number, changes: UserChanges): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.role === undefined ? {} : { role: changes.role }),
      ...(changes.disabled === undefined ? {} : { disabled: changes.disabled ? 1 : 0 }),
      ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
      ...(changes.ssoEmail === undefined ? {} : { sso_email: changes.ssoEmail, oidc_subject: null }),
      ...(changes.email === undefined ? {} : { email: changes.email }),
    })
    .where('id', '=', userId)
    .execute();
}
