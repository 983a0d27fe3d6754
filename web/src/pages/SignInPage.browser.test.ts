import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { launchChromium } from '../../../test/support/browser.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { serveWebApp } from '../../../test/support/webServer.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('signing in and out with a password, in Chromium', (ctx, dialect) => {
  let browser: Browser;
  let app: FastifyInstance;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await serveWebApp(ctx()));
    await addUser(ctx(), {
      username: 'p.analyst',
      displayName: 'Priya Analyst',
      role: 'performance',
      password: PASSWORD,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await app.close();
  });

  it('explains a wrong password, signs in with the right one, and signs out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('401')) consoleErrors.push(message.text());
    });
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('User name').fill('p.analyst');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('The user name or password is not right.');
    expect(await axeViolations(page)).toEqual([]);
    fs.mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: `test-results/sign-in-${dialect}.png`, fullPage: true });

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Priya Analyst (performance)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const session: unknown = await page.evaluate(async () => (await fetch('/api/session')).json() as Promise<unknown>);
    expect(session).toEqual({ user: null, csrfToken: null });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
