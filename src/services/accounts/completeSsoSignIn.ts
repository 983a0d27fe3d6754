import * as oidc from 'openid-client';
import { BluelampProblem } from '../../domain/errors.js';
import { findUser, findUserIdBySubject, setOidcSubject, takeSsoSignIn } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { openSession, type SignedIn } from './openSession.js';
import { configurationFor, requireSettings, type SsoSettings } from './ssoAccess.js';

/** How long a sign-in started at the provider may take to come back. */
const SIGN_IN_MINUTES = 10;

/** Finishes a sign-in the provider sent back: checks state, nonce and PKCE, then matches an account. */
export async function completeSsoSignIn(
  ctx: ServiceContext,
  settings: SsoSettings | null,
  callbackUrl: URL,
): Promise<SignedIn> {
  const configured = requireSettings(settings);
  const attempt = await takeSsoSignIn(ctx.store.db, callbackUrl.searchParams.get('state') ?? '');
  const fresh =
    attempt !== undefined && attempt.createdAt > new Date(Date.now() - SIGN_IN_MINUTES * 60_000).toISOString();
  if (attempt === undefined || !fresh) {
    throw new BluelampProblem(
      'unauthenticated',
      'This sign-in link has expired or was already used. Start signing in again.',
    );
  }
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(await configurationFor(configured), callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
    });
    claims = tokens.claims();
  } catch (error) {
    throw new BluelampProblem(
      'unauthenticated',
      `The identity provider's answer could not be accepted: ${(error as Error).message}.`,
    );
  }
  if (claims === undefined) throw new BluelampProblem('unauthenticated', 'The identity provider sent no identity.');
  return openSession(ctx, await accountFor(ctx, claims));
}

/** The account an identity belongs to: by its subject once linked, else by name, linking it then. */
async function accountFor(ctx: ServiceContext, claims: oidc.IDToken) {
  const bySubject = await findUserIdBySubject(ctx.store.db, claims.sub);
  const claimed = claims.preferred_username ?? claims.email;
  const name = typeof claimed === 'string' ? claimed.toLowerCase() : '';
  const user = await findUser(ctx.store.db, bySubject === undefined ? { username: name } : { id: bySubject });
  if (user === undefined || user.disabled) {
    throw new BluelampProblem(
      'forbidden',
      `No active Bluelamp account matches "${name || claims.sub}". Ask an administrator to add one.`,
    );
  }
  if (bySubject === undefined) {
    // An account already linked to another identity is never taken over by a matching name.
    if (user.oidcSubject !== null) {
      throw new BluelampProblem(
        'forbidden',
        `The account "${user.username}" is linked to a different identity. Ask an administrator.`,
      );
    }
    await setOidcSubject(ctx.store.db, user.id, claims.sub);
  }
  return user;
}
