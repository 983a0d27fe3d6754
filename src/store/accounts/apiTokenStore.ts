import type { Executor } from '../schema.js';

/** A token as its owner and administrators see it: never its secret, nor the hash of it. */
export interface ApiTokenRecord {
  readonly id: number;
  readonly userId: number;
  readonly username: string;
  readonly name: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** What signing a request in with a token needs: the stored hash is compared again by the caller. */
export interface ApiTokenCredential {
  readonly id: number;
  readonly userId: number;
  readonly tokenHash: string;
  readonly expiresAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

export async function insertApiToken(
  db: Executor,
  token: { userId: number; name: string; tokenHash: string; createdAt: string; expiresAt: string },
): Promise<number> {
  const { id } = await db
    .insertInto('api_tokens')
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
      last_used_at: null,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

function selectRecords(db: Executor) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as id',
      'api_tokens.user_id as userId',
      'users.username as username',
      'api_tokens.name as name',
      'api_tokens.created_at as createdAt',
      'api_tokens.expires_at as expiresAt',
      'api_tokens.last_used_at as lastUsedAt',
      'api_tokens.revoked_at as revokedAt',
    ]);
}

/** A user's tokens, newest first. */
export async function listApiTokensOfUser(db: Executor, userId: number): Promise<ApiTokenRecord[]> {
  return selectRecords(db).where('api_tokens.user_id', '=', userId).orderBy('api_tokens.id', 'desc').execute();
}

export async function findApiToken(db: Executor, id: number): Promise<ApiTokenRecord | undefined> {
  return selectRecords(db).where('api_tokens.id', '=', id).executeTakeFirst();
}

export async function findApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenCredential | undefined> {
  return db
    .selectFrom('api_tokens')
    .select([
      'id',
      'user_id as userId',
      'token_hash as tokenHash',
      'expires_at as expiresAt',
      'last_used_at as lastUsedAt',
      'revoked_at as revokedAt',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks a token revoked, unless it already is; says whether this call revoked it. */
export async function markApiTokenRevoked(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchApiToken(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
