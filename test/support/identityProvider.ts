import type { Server } from 'node:http';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (the oidc-provider package) running in the test process, with
 * its development sign-in pages: any login name is accepted and becomes the account's subject,
 * preferred_username and e-mail local part (`NAME@force.example`). The provider vouches for the
 * address (email_verified) unless the login name starts with "unverified".
 */
export async function startIdentityProvider(options: {
  port: number;
  redirectUri: string;
  clientId: string;
  clientSecret: string;
}): Promise<{ issuer: string; close: () => Promise<void> }> {
  const issuer = `http://localhost:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { methods: ['S256'], required: () => true },
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({
        sub: id,
        preferred_username: id,
        name: id,
        email: `${id}@force.example`,
        email_verified: !id.startsWith('unverified'),
      }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['bluelamp-test-provider-key'] },
  });
  const server: Server = provider.listen(options.port);
  await new Promise<void>((resolve) => server.once('listening', resolve));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/**
 * Goes through the provider's development sign-in as `login`, as a browser would (its own
 * cookies, the login form, the consent form), without a browser. Starts at the authorisation
 * address Bluelamp sent the browser to, and stops at the address the provider sends the browser
 * back to, without following it, so the test decides which browser arrives there.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const issuerOrigin = new URL(authorizationUrl).origin;
  const cookies = new Map<string, string>();
  let request: { url: URL; form?: URLSearchParams } = { url: new URL(authorizationUrl) };
  for (let step = 0; step < 12; step++) {
    const response = await fetch(request.url, {
      method: request.form === undefined ? 'GET' : 'POST',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(request.form === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
      ...(request.form === undefined ? {} : { body: request.form.toString() }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const split = pair.indexOf('=');
      cookies.set(pair.slice(0, split).trim(), pair.slice(split + 1));
    }
    const location = response.headers.get('location');
    if (location !== null) {
      const next = new URL(location, request.url);
      if (next.origin !== issuerOrigin) return next;
      request = { url: next };
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
    if (action === undefined || prompt === undefined) {
      throw new Error(`The provider answered ${response.status} without a form: ${page.slice(0, 300)}`);
    }
    const form = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      form.set('login', login);
      form.set('password', 'anything');
    }
    request = { url: new URL(action, request.url), form };
  }
  throw new Error('The provider did not send the browser back within 12 steps.');
}
