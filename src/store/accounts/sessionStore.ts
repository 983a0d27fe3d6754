import type { Executor } from '../schema.js';

export interface SessionRecord {
  readonly id: number;
  readonly userId: number;
  readonly csrfToken: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; userId: number; csrfToken: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findSession(db: Executor, tokenHash: string): Promise<SessionRecord | undefined> {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'user_id as userId',
      'csrf_token as csrfToken',
      'last_seen_at as lastSeenAt',
      'expires_at as expiresAt',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, id: number, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSessions(db: Executor, where: { id?: number; userId?: number }): Promise<number> {
  let query = db.deleteFrom('sessions');
  if (where.id !== undefined) query = query.where('id', '=', where.id);
  else if (where.userId !== undefined) query = query.where('user_id', '=', where.userId);
  else return 0;
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function recordSignInFailure(
  db: Executor,
  failure: { username: string; client: string; at: string },
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ username: failure.username, client: failure.client, failed_at: failure.at })
    .execute();
}

export async function countSignInFailures(
  db: Executor,
  since: string,
  where: { username: string } | { client: string },
): Promise<number> {
  let query = db
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('failed_at', '>=', since);
  query = 'username' in where ? query.where('username', '=', where.username) : query.where('client', '=', where.client);
  return (await query.executeTakeFirst())?.count ?? 0;
}

export interface SsoSignIn {
  readonly state: string;
  readonly codeVerifier: string;
  readonly nonce: string;
  readonly createdAt: string;
}

export async function insertSsoSignIn(db: Executor, signIn: SsoSignIn): Promise<void> {
  await db
    .insertInto('sso_sign_ins')
    .values({
      state: signIn.state,
      code_verifier: signIn.codeVerifier,
      nonce: signIn.nonce,
      created_at: signIn.createdAt,
    })
    .execute();
}

/** Takes an attempt out of the table: a state can be used once only. */
export async function takeSsoSignIn(db: Executor, state: string): Promise<SsoSignIn | undefined> {
  const row = await db.deleteFrom('sso_sign_ins').where('state', '=', state).returningAll().executeTakeFirst();
  return row === undefined
    ? undefined
    : { state: row.state, codeVerifier: row.code_verifier, nonce: row.nonce, createdAt: row.created_at };
}

export async function setOidcSubject(db: Executor, userId: number, subject: string): Promise<void> {
  await db.updateTable('users').set({ oidc_subject: subject }).where('id', '=', userId).execute();
}

export async function findUserIdBySubject(db: Executor, subject: string): Promise<number | undefined> {
  return (await db.selectFrom('users').select('id').where('oidc_subject', '=', subject).executeTakeFirst())?.id;
}
