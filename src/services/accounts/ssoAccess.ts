import type { Configuration } from 'openid-client';
import { BluelampProblem } from '../../domain/errors.js';

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

/** How long a sign-in started at the provider may take to come back. */
export const SSO_SIGN_IN_MINUTES = 10;

/**
 * The OpenID Connect client library, loaded with the first single sign-on: a server whose force
 * signs in with passwords need not carry it.
 */
export function openIdClient(): Promise<typeof import('openid-client')> {
  return import('openid-client');
}

const discovered = new Map<string, Promise<Configuration>>();

async function discover(settings: SsoSettings): Promise<Configuration> {
  const oidc = await openIdClient();
  // Deliberate and opt-in (BLUELAMP_OIDC_ALLOW_HTTP=1): a provider on the same machine, as in the tests.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const options = settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined;
  return oidc.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, options);
}

/** The provider's metadata, fetched once per process. */
export function configurationFor(settings: SsoSettings): Promise<Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  let configuration = discovered.get(key);
  if (configuration === undefined) {
    configuration = discover(settings);
    configuration.catch(() => discovered.delete(key));
    discovered.set(key, configuration);
  }
  return configuration;
}

/** The settings, or not-found when single sign-on is off. */
export function requireSettings(settings: SsoSettings | null): SsoSettings {
  if (settings === null) throw new BluelampProblem('not-found', 'Single sign-on is not configured on this Bluelamp.');
  return settings;
}
