import type { Server } from 'node:http';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (the oidc-provider package) running in the test process, with
 * its development sign-in pages: any login name is accepted and becomes the account's subject,
 * preferred_username and e-mail local part. It stands in for the force's identity provider.
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
    claims: { openid: ['sub'], profile: ['preferred_username', 'name'], email: ['email'] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, preferred_username: id, name: id, email: `${id}@force.example` }),
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
