import { insertSsoSignIn } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { configurationFor, openIdClient, requireSettings, type SsoSettings } from './ssoAccess.js';

export interface SsoStart {
  /** Where to send the browser to sign in at the provider. */
  readonly url: string;
  /** The attempt's state, which the browser must also carry back (in a cookie) to finish it. */
  readonly state: string;
}

/** Starts a sign-in at the force's identity provider. */
export async function startSsoSignIn(ctx: ServiceContext, settings: SsoSettings | null): Promise<SsoStart> {
  const configured = requireSettings(settings);
  const configuration = await configurationFor(configured);
  const oidc = await openIdClient();
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
  return { url: url.href, state };
}
