import { randomBytes } from 'node:crypto';
import {
  API_TOKEN_DEFAULT_DAYS,
  API_TOKEN_PREFIX,
  apiTokenExpiry,
  apiTokenLifetimeProblem,
  apiTokenNameProblem,
  apiTokenState,
  decide,
  type ApiTokenState,
} from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  appendAuditRecords,
  findApiToken,
  insertApiToken,
  listApiTokensOfUser,
  markApiTokenRevoked,
  type ApiTokenRecord,
  type UserRecord,
} from '../../store/index.js';
import { auditRecord } from '../audit/auditRecord.js';
import type { ServiceContext } from '../context.js';
import { tokenHash } from './sessionRules.js';
import { requireUser } from './userAccess.js';
import { normalisedUsername } from './userRules.js';

/** A token as its owner sees it in a list: what it is for and whether it still works, never its secret. */
export interface ApiTokenView extends Omit<ApiTokenRecord, 'userId'> {
  readonly state: ApiTokenState;
}

/** A token just made: the only time its secret is ever shown. */
export interface NewApiToken {
  readonly token: ApiTokenView;
  readonly secret: string;
}

export interface ApiTokenRequest {
  readonly name: string;
  /** Absent: the default lifetime. */
  readonly expiresInDays?: number | undefined;
  /** Whose token: only the operator at the command line names someone; a signed-in person makes their own. */
  readonly username?: string | undefined;
}

function viewOf(token: ApiTokenRecord, now: string): ApiTokenView {
  const { id, username, name, createdAt, expiresAt, lastUsedAt, revokedAt } = token;
  return { id, username, name, createdAt, expiresAt, lastUsedAt, revokedAt, state: apiTokenState(token, now) };
}

/** What the audit trail keeps of a token: enough to say whose and which, nothing that signs anyone in. */
function auditedFacts(token: ApiTokenRecord) {
  return {
    username: token.username,
    name: token.name,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    revokedAt: token.revokedAt,
  };
}

/** People manage their own tokens; the operator at the command line names whose. */
async function tokenOwner(ctx: ServiceContext, username: string | undefined): Promise<UserRecord> {
  const actor = ctx.actor;
  if (actor.kind === 'public') throw new BluelampProblem('unauthenticated', 'Sign in to manage your API tokens.');
  if (actor.kind === 'user') {
    if (username !== undefined && normalisedUsername(username) !== actor.username) {
      throw new BluelampProblem('forbidden', 'You manage only your own API tokens.', 'username');
    }
    return requireUser(ctx.store.db, { username: actor.username });
  }
  if (username === undefined) throw new BluelampProblem('invalid-input', 'Name the user the token is for.', 'username');
  return requireUser(ctx.store.db, { username });
}

/** Makes a read-only token for a person's tools; the secret is returned once and only its hash kept. Audited. */
export async function createApiToken(ctx: ServiceContext, request: ApiTokenRequest): Promise<NewApiToken> {
  const owner = await tokenOwner(ctx, request.username);
  if (owner.disabled) {
    throw new BluelampProblem('invalid-input', `The account "${owner.username}" is disabled.`, 'username');
  }
  const nameProblem = apiTokenNameProblem(request.name);
  if (nameProblem !== null) throw new BluelampProblem('invalid-input', nameProblem, 'name');
  const days = request.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
  const lifetimeProblem = apiTokenLifetimeProblem(days);
  if (lifetimeProblem !== null) throw new BluelampProblem('invalid-input', lifetimeProblem, 'expiresInDays');
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const now = new Date();
  return ctx.store.db.transaction().execute(async (trx) => {
    const id = await insertApiToken(trx, {
      userId: owner.id,
      name: request.name.trim(),
      tokenHash: tokenHash(secret),
      createdAt: now.toISOString(),
      expiresAt: apiTokenExpiry(now, days),
    });
    const made = await findApiToken(trx, id);
    if (made === undefined) throw new Error(`API token ${id} vanished as it was made.`);
    await appendAuditRecords(trx, [
      auditRecord(ctx, { action: 'create', entityType: 'api-token', entityId: String(id), after: auditedFacts(made) }),
    ]);
    return { token: viewOf(made, now.toISOString()), secret };
  });
}

/** A person's own tokens, newest first (the operator names whose). Never a secret. */
export async function listApiTokens(ctx: ServiceContext, username?: string): Promise<ApiTokenView[]> {
  const owner = await tokenOwner(ctx, username);
  const now = new Date().toISOString();
  return (await listApiTokensOfUser(ctx.store.db, owner.id)).map((token) => viewOf(token, now));
}

/**
 * Stops a token working at once. People revoke their own; administrators, and the operator, any.
 * Someone else's token is "not found" to a person who may not revoke it. Audited.
 */
export async function revokeApiToken(ctx: ServiceContext, id: number, reason?: string): Promise<ApiTokenView> {
  const actor = ctx.actor;
  if (actor.kind === 'public') throw new BluelampProblem('unauthenticated', 'Sign in to revoke an API token.');
  const token = await findApiToken(ctx.store.db, id);
  const mayRevokeAny = decide(actor, 'users.manage') === 'allowed';
  if (token === undefined || (!mayRevokeAny && actor.kind === 'user' && actor.username !== token.username)) {
    throw new BluelampProblem('not-found', `You have no API token numbered ${id}.`);
  }
  if (token.revokedAt !== null) {
    throw new BluelampProblem('conflict', `API token ${id} ("${token.name}") was already revoked.`);
  }
  const now = new Date().toISOString();
  return ctx.store.db.transaction().execute(async (trx) => {
    // A revocation racing this one wins; this call then says so rather than auditing twice.
    if (!(await markApiTokenRevoked(trx, id, now))) {
      throw new BluelampProblem('conflict', `API token ${id} ("${token.name}") was already revoked.`);
    }
    const revoked = { ...token, revokedAt: now };
    await appendAuditRecords(trx, [
      auditRecord(ctx, {
        action: 'update',
        entityType: 'api-token',
        entityId: String(id),
        before: auditedFacts(token),
        after: auditedFacts(revoked),
        reason,
      }),
    ]);
    return viewOf(revoked, now);
  });
}
