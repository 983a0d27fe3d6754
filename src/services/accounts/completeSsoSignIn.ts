import { timingSafeEqual } from 'node:crypto';
import type { IDToken } from 'openid-client';
import type { SsoProblem } from '../../domain/accounts/index.js';
import { BluelampProblem, type ProblemKind } from '../../domain/errors.js';
import { findUser, findUserIdBySubject, linkOidcSubject, takeSsoSignIn, type UserRecord } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { openSession, type SignedIn } from './openSession.js';
import { configurationFor, openIdClient, requireSettings, SSO_SIGN_IN_MINUTES, type SsoSettings } from './ssoAccess.js';

export interface SsoCallback {
  /** The address the provider sent the browser back to, with its code and state. */
  readonly url: URL;
  /** The state the browser kept from starting the sign-in (its cookie), if it has one. */
  readonly browserState: string | undefined;
}

function refused(kind: ProblemKind, ssoProblem: SsoProblem, message: string): BluelampProblem {
  return new BluelampProblem(kind, message, undefined, { ssoProblem });
}

function sameText(a: string, b: string): boolean {
  const [left, right] = [Buffer.from(a), Buffer.from(b)];
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Finishes a sign-in the provider sent back. The state must match the one this browser was given
 * when it started, so a callback address made by someone else (login CSRF) signs no one in; then
 * the attempt must be fresh and unused, the provider's answer must pass the code, PKCE and nonce
 * checks, and the identity must belong to an account marked for single sign-on.
 */
export async function completeSsoSignIn(
  ctx: ServiceContext,
  settings: SsoSettings | null,
  callback: SsoCallback,
): Promise<SignedIn> {
  const configured = requireSettings(settings);
  const state = callback.url.searchParams.get('state') ?? '';
  if (callback.browserState === undefined || !sameText(callback.browserState, state)) {
    throw refused(
      'unauthenticated',
      'sso-other-browser',
      'This sign-in was not started in this browser, so it was refused. Start signing in again here.',
    );
  }
  const attempt = await takeSsoSignIn(ctx.store.db, state);
  const fresh =
    attempt !== undefined && attempt.createdAt > new Date(Date.now() - SSO_SIGN_IN_MINUTES * 60_000).toISOString();
  if (attempt === undefined || !fresh) {
    throw refused('unauthenticated', 'sso-expired', 'This sign-in has expired or was already used. Start again.');
  }
  let claims: IDToken | undefined;
  try {
    const oidc = await openIdClient();
    const tokens = await oidc.authorizationCodeGrant(await configurationFor(configured), callback.url, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
    });
    claims = tokens.claims();
  } catch (error) {
    throw refused(
      'unauthenticated',
      'sso-provider-refused',
      `The identity provider's answer could not be accepted: ${(error as Error).message}.`,
    );
  }
  if (claims === undefined) {
    throw refused('unauthenticated', 'sso-provider-refused', 'The identity provider sent no identity.');
  }
  return openSession(ctx, await accountFor(ctx, claims));
}

/** The e-mail address the provider vouches for, in lower case; null when it does not vouch for one. */
function verifiedEmail(claims: IDToken): string | null {
  return claims.email_verified === true && typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : null;
}

/**
 * The account an identity belongs to: by its subject once linked; otherwise, the first time, the
 * account an administrator marked for single sign-on with the address the provider vouches for.
 * A name alone (preferred_username, an unverified address) never links an account.
 */
async function accountFor(ctx: ServiceContext, claims: IDToken): Promise<UserRecord> {
  const db = ctx.store.db;
  const linkedId = await findUserIdBySubject(db, claims.sub);
  const linked = linkedId === undefined ? undefined : await findUser(db, { id: linkedId });
  if (linked !== undefined) return active(linked);
  const email = verifiedEmail(claims);
  if (email === null) {
    throw refused(
      'forbidden',
      'sso-unverified-email',
      'The identity provider did not confirm an e-mail address, so no Bluelamp account can be linked to this identity.',
    );
  }
  const marked = active(await findUser(db, { ssoEmail: email }));
  // The update links only an unlinked account, so two first sign-ins cannot both take it.
  if (marked.oidcSubject !== null || !(await linkOidcSubject(db, marked.id, claims.sub))) {
    throw refused(
      'forbidden',
      'sso-linked-elsewhere',
      `The account for ${email} is linked to a different identity. Ask an administrator.`,
    );
  }
  return marked;
}

function active(user: UserRecord | undefined): UserRecord {
  if (user === undefined || user.disabled) {
    throw refused(
      'forbidden',
      'sso-no-account',
      'No active Bluelamp account is marked for single sign-on with this identity. Ask an administrator to add one.',
    );
  }
  return user;
}
