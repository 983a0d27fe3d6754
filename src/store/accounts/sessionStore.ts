import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { DatabaseSchema, Executor } from '../schema.js';

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

/** Ends one session, or every session of a user (but the one named by exceptId, when given). */
export async function deleteSessions(
  db: Executor,
  where: { id?: number; userId?: number; exceptId?: number },
): Promise<number> {
  let query = db.deleteFrom('sessions');
  if (where.id !== undefined) query = query.where('id', '=', where.id);
  else if (where.userId !== undefined) query = query.where('user_id', '=', where.userId);
  else return 0;
  if (where.exceptId !== undefined) query = query.where('id', '<>', where.exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface SignInLimits {
  /** Attempts made before this moment no longer count. */
  readonly since: string;
  readonly perUsername: number;
  readonly perClient: number;
}

/** Attempts that count towards the limits: those that failed, and those whose check has not yet settled. */
async function countOpenAttempts(
  trx: Transaction<DatabaseSchema>,
  since: string,
  where: { username: string } | { client: string },
): Promise<number> {
  let query = trx
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('attempted_at', '>=', since)
    .where('outcome', '<>', 'succeeded');
  query = 'username' in where ? query.where('username', '=', where.username) : query.where('client', '=', where.client);
  return Number((await query.executeTakeFirst())?.count ?? 0);
}

/**
 * Records a sign-in attempt before its password is checked and counts it in the same
 * transaction, so any number of parallel attempts, in any number of processes, cannot all see a
 * count taken before the others were written. SQLite lets one writer in at a time; on PostgreSQL
 * transaction-scoped locks on the user name and on the client serialise attempts that share
 * either. Returns the attempt's id, or null when it would go over a limit (it is then not kept).
 */
export async function claimSignInAttempt(
  db: Kysely<DatabaseSchema>,
  attempt: { username: string; client: string; at: string },
  limits: SignInLimits,
): Promise<number | null> {
  return db.transaction().execute(async (trx) => {
    if (trx.getExecutor().adapter instanceof PostgresAdapter) {
      // Always the name first, then the client: two attempts never wait for each other in a circle.
      await sql`select pg_advisory_xact_lock(hashtext('bluelamp_sign_in_username'), hashtext(${attempt.username}))`.execute(
        trx,
      );
      await sql`select pg_advisory_xact_lock(hashtext('bluelamp_sign_in_client'), hashtext(${attempt.client}))`.execute(
        trx,
      );
    }
    const { id } = await trx
      .insertInto('sign_in_attempts')
      .values({ username: attempt.username, client: attempt.client, attempted_at: attempt.at, outcome: 'pending' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const byName = await countOpenAttempts(trx, limits.since, { username: attempt.username });
    const byClient = await countOpenAttempts(trx, limits.since, { client: attempt.client });
    if (byName > limits.perUsername || byClient > limits.perClient) {
      await trx.deleteFrom('sign_in_attempts').where('id', '=', id).execute();
      return null;
    }
    // Attempts older than the window count for nothing; removing them keeps the table small.
    await trx.deleteFrom('sign_in_attempts').where('attempted_at', '<', limits.since).execute();
    return id;
  });
}

/** Records how a claimed attempt's check came out. */
export async function settleSignInAttempt(db: Executor, id: number, outcome: 'failed' | 'succeeded'): Promise<void> {
  await db.updateTable('sign_in_attempts').set({ outcome }).where('id', '=', id).execute();
}

/** Forgets a user name's failed and unsettled attempts (after an administrator sets a new password). */
export async function forgetSignInFailures(db: Executor, username: string): Promise<void> {
  await db
    .deleteFrom('sign_in_attempts')
    .where('username', '=', username)
    .where('outcome', '<>', 'succeeded')
    .execute();
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

/** Links an account to an identity, unless another sign-in linked it first; says whether it did. */
export async function linkOidcSubject(db: Executor, userId: number, subject: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ oidc_subject: subject })
    .where('id', '=', userId)
    .where('oidc_subject', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findUserIdBySubject(db: Executor, subject: string): Promise<number | undefined> {
  return (await db.selectFrom('users').select('id').where('oidc_subject', '=', subject).executeTakeFirst())?.id;
}
