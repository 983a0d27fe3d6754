import * as oidc from 'openid-client';
import { BluelampProblem } from '../../domain/errors.js';
import { findUser, findUserIdBySubject, insertSsoSignIn, setOidcSubject, takeSsoSignIn } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { openSession, type SignedIn } from './sessions.js';

/**
 * Single sign-on through the force's OpenID Connect provider: authorisation code flow with PKCE,
 * state and nonce. Configured by environment variables; absent configuration turns it off.
 */
export interface SsoSettings {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUri: string;
  /** Plain-http providers are allowed only when asked, for a provider on the same machine. */
  readonly allowHttp: boolean;
}

export function ssoSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): SsoSettings | null {
  const {
    BLUELAMP_OIDC_ISSUER: issuer,
    BLUELAMP_OIDC_CLIENT_ID: clientId,
    BLUELAMP_OIDC_CLIENT_SECRET: clientSecret,
  } = env;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) return null;
  const redirectUri =
    env.BLUELAMP_OIDC_REDIRECT_URI ?? `${env.BLUELAMP_PUBLIC_URL ?? 'http://localhost:3000'}/api/sso/callback`;
  return { issuer, clientId, clientSecret, redirectUri, allowHttp: env.BLUELAMP_OIDC_ALLOW_HTTP === '1' };
}

const SIGN_IN_MINUTES = 10;
const discovered = new Map<string, Promise<oidc.Configuration>>();

/** The provider's metadata, fetched once per process. */
function configurationFor(settings: SsoSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  let configuration = discovered.get(key);
  if (configuration === undefined) {
    // Deliberate and opt-in (BLUELAMP_OIDC_ALLOW_HTTP=1): a provider on the same machine, as in the tests.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const options = settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined;
    configuration = oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      options,
    );
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

function requireSettings(settings: SsoSettings | null): SsoSettings {
  if (settings === null) throw new BluelampProblem('not-found', 'Single sign-on is not configured on this Bluelamp.');
  return settings;
}

/** Where to send the browser to sign in at the provider. */
export async function startSsoSignIn(ctx: ServiceContext, settings: SsoSettings | null): Promise<string> {
  const configured = requireSettings(settings);
  const configuration = await configurationFor(configured);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await insertSsoSignIn(ctx.store.db, { state, codeVerifier, nonce, createdAt: new Date().toISOString() });
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: configured.redirectUri,
    scope: 'openid profile email',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return url.href;
}

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
