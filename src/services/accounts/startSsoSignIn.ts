import * as oidc from 'openid-client';
import { insertSsoSignIn } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { configurationFor, requireSettings, type SsoSettings } from './ssoAccess.js';

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
