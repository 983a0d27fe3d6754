import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { signInAtProvider, startIdentityProvider } from '../../../test/support/identityProvider.js';
import { freePort } from '../../../test/support/processes.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { addUser, listUsers, setUserSsoEmail, type SsoSettings } from '../../services/index.js';
import { buildServer } from '../server.js';

/**
 * Single sign-on against a real OpenID Connect provider, with each browser played by the test:
 * what a browser carries (its cookies) is exactly what the test hands to each request.
 */
describeOnBothDatabases('single sign-on through an OpenID Connect provider, over HTTP', (store) => {
  const ctx = () => testContext(store());
  let app: FastifyInstance;
  let provider: { close: () => Promise<void> };

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    const settings: SsoSettings = {
      issuer: `http://localhost:${providerPort}`,
      clientId: 'bluelamp',
      clientSecret: 'a-test-client-secret',
      redirectUri: `http://localhost:${appPort}/api/sso/callback`,
      allowHttp: true,
    };
    provider = await startIdentityProvider({ port: providerPort, ...settings });
    app = await buildServer(ctx(), { sso: settings });
    await addUser(ctx(), { username: 'sso.analyst', role: 'reviewer', ssoEmail: 'sso.analyst@force.example' });
    await addUser(ctx(), { username: 'local.only', role: 'admin', password: 'harbour kettle violet' });
    await addUser(ctx(), {
      username: 'unverified.analyst',
      role: 'viewer',
      ssoEmail: 'unverified.analyst@force.example',
    });
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  /** A browser starting to sign in: where it is sent, and the state cookie it is given. */
  async function start() {
    const response = await app.inject({ method: 'GET', url: '/api/sso/sign-in' });
    expect(response.statusCode).toBe(302);
    const cookie = response.cookies.find((c) => c.name === 'bluelamp_sso_state');
    return { providerUrl: response.headers.location ?? '', cookie: cookie!, state: cookie!.value };
  }

  /** A browser arriving at the callback address, carrying the state cookie it holds (if any). */
  async function arrive(callback: URL, state?: string) {
    const response = await app.inject({
      method: 'GET',
      url: `${callback.pathname}${callback.search}`,
      cookies: state === undefined ? {} : { bluelamp_sso_state: state },
    });
    expect(response.statusCode).toBe(302);
    const session = response.cookies.find((c) => c.name === 'bluelamp_session' && c.value !== '');
    return { location: response.headers.location ?? '', session: session?.value, response };
  }

  async function signedInAs(session: string | undefined) {
    if (session === undefined) return null;
    const me = await app.inject({ method: 'GET', url: '/api/session', cookies: { bluelamp_session: session } });
    return me.json<{ user: { username: string } | null }>().user?.username ?? null;
  }

  it('signs in an account marked for single sign-on, binding the attempt to the browser with a short-lived cookie', async () => {
    const browser = await start();
    expect(browser.cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/sso/callback', maxAge: 600 });
    expect(new URL(browser.providerUrl).searchParams.get('state')).toBe(browser.state);
    const back = await arrive(await signInAtProvider(browser.providerUrl, 'sso.analyst'), browser.state);
    expect(back.location).toBe('/');
    expect(await signedInAs(back.session)).toBe('sso.analyst');
    // The state cookie is taken back: it is good for one try.
    expect(back.response.cookies.find((c) => c.name === 'bluelamp_sso_state')).toMatchObject({ value: '' });
    expect((await listUsers(ctx())).find((u) => u.username === 'sso.analyst')).toMatchObject({ ssoLinked: true });
    // Linked now, the identity finds its account by subject.
    const again = await start();
    const second = await arrive(await signInAtProvider(again.providerUrl, 'sso.analyst'), again.state);
    expect(await signedInAs(second.session)).toBe('sso.analyst');
  });

  it('refuses a callback address made in another browser, so an attacker cannot sign a victim in as the attacker', async () => {
    const attacker = await start();
    const attackersCallback = await signInAtProvider(attacker.providerUrl, 'sso.analyst');
    const victimWithoutCookie = await arrive(attackersCallback);
    expect(victimWithoutCookie.location).toBe('/sign-in?problem=sso-other-browser');
    expect(victimWithoutCookie.session).toBeUndefined();
    const victim = await start();
    const victimMidSignIn = await arrive(attackersCallback, victim.state);
    expect(victimMidSignIn.location).toBe('/sign-in?problem=sso-other-browser');
    expect(victimMidSignIn.session).toBeUndefined();
    // The attacker's own browser could still finish it: only the binding was missing.
    const attackerOwn = await arrive(attackersCallback, attacker.state);
    expect(await signedInAs(attackerOwn.session)).toBe('sso.analyst');
    // And never twice.
    expect((await arrive(attackersCallback, attacker.state)).location).toBe('/sign-in?problem=sso-expired');
  });

  it('never links an account by name alone: not one unmarked for single sign-on, nor by an unverified address', async () => {
    const cases: [string, string][] = [
      ['local.only', 'sso-no-account'],
      ['unverified.analyst', 'sso-unverified-email'],
      ['stranger', 'sso-no-account'],
    ];
    for (const [login, problem] of cases) {
      const browser = await start();
      const back = await arrive(await signInAtProvider(browser.providerUrl, login), browser.state);
      expect(back.location, login).toBe(`/sign-in?problem=${problem}`);
      expect(back.session, login).toBeUndefined();
    }
    const users = await listUsers(ctx());
    expect(users.filter((u) => u.ssoLinked).map((u) => u.username)).toEqual(['sso.analyst']);
  });

  it('stops linking an identity once its account is no longer marked for single sign-on', async () => {
    await setUserSsoEmail(ctx(), 'sso.analyst', null, 'Moved to a password');
    const browser = await start();
    const back = await arrive(await signInAtProvider(browser.providerUrl, 'sso.analyst'), browser.state);
    expect(back.location).toBe('/sign-in?problem=sso-no-account');
    expect(back.session).toBeUndefined();
  });

  it('sends the sign-in page a fixed code, never text from the provider or the link', async () => {
    const browser = await start();
    const callback = new URL('/api/sso/callback', 'http://localhost');
    callback.searchParams.set('state', browser.state);
    callback.searchParams.set('error', 'access_denied');
    callback.searchParams.set('error_description', 'Call 0800 000 000 and read out your password');
    expect((await arrive(callback, browser.state)).location).toBe('/sign-in?problem=sso-provider-refused');
  });
});
