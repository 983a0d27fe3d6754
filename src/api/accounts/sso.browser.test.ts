import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeContexts, sharedChromium } from '../../../test/support/browser.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { startIdentityProvider } from '../../../test/support/identityProvider.js';
import { freePort } from '../../../test/support/processes.js';
import { WEB_ROOT } from '../../../test/support/webServer.js';
import { addUser, type SsoSettings } from '../../services/index.js';
import { buildServer } from '../server.js';

describeWithDemoData('single sign-on through an OpenID Connect provider, in Chromium', (ctx) => {
  let browser: Browser;
  let app: FastifyInstance;
  let provider: { issuer: string; close: () => Promise<void> };
  let base: string;

  beforeAll(async () => {
    const [appPort, providerPort] = [await freePort(), await freePort()];
    base = `http://localhost:${appPort}`;
    const settings: SsoSettings = {
      issuer: `http://localhost:${providerPort}`,
      clientId: 'bluelamp',
      clientSecret: 'a-test-client-secret',
      redirectUri: `${base}/api/sso/callback`,
      allowHttp: true,
    };
    provider = await startIdentityProvider({ port: providerPort, ...settings });
    app = await buildServer(ctx(), { webRoot: WEB_ROOT, sso: settings });
    await app.listen({ port: appPort, host: 'localhost' });
    await addUser(ctx(), { username: 'sso.analyst', role: 'reviewer', ssoEmail: 'sso.analyst@force.example' });
    browser = await sharedChromium();
  });
  afterAll(async () => {
    await closeContexts(browser);
    await app.close();
    await provider.close();
  });

  async function signInAtProvider(login: string) {
    const page = await browser.newPage();
    await page.goto(`${base}/api/sso/sign-in`);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    const consent = page.locator('button[type="submit"]');
    await consent.waitFor();
    await consent.click();
    await page.waitForURL((url) => url.origin === base);
    return page;
  }

  it('signs a known account in and comes back to Bluelamp with a session', async () => {
    const page = await signInAtProvider('sso.analyst');
    expect(new URL(page.url()).pathname).toBe('/');
    const session: unknown = await page.evaluate(async () => (await fetch('/api/session')).json() as Promise<unknown>);
    expect(session).toMatchObject({ user: { username: 'sso.analyst', role: 'reviewer' } });
    const cookies = await page.context().cookies(base);
    expect(cookies.find((c) => c.name === 'bluelamp_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.close();
  });

  it('refuses someone the provider knows but Bluelamp does not', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/api/sso/sign-in`);
    await page.locator('input[name="login"]').fill('stranger');
    await page.locator('input[name="password"]').fill('anything');
    await page.locator('button[type="submit"]').click();
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.origin === base);
    await page.locator('.govuk-error-summary').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(page.url()).toContain('problem=sso-no-account');
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'No active Bluelamp account is set up for single sign-on with your identity.',
    );
    await page.close();
  });

  it('will not accept a sign-in answer this browser did not ask for', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/sso/callback?state=used-or-made-up&code=abc' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?problem=sso-other-browser');
  });
});
