import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('signing in and out with a password, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;

  beforeAll(async () => {
    await addUser(ctx(), {
      username: 'p.analyst',
      displayName: 'Priya Analyst',
      role: 'performance',
      password: PASSWORD,
    });
  });

  it('brings a reader back to the page they asked for once signed in, and never to another site', async () => {
    const { page, context } = await web.open('/review');
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    expect(new URL(page.url()).search).toBe('?next=%2Freview');
    await page.getByLabel('User name').fill('p.analyst');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Review updates' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/review');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${web.baseUrl}/sign-in?next=${encodeURIComponent('//evil.example/')}`);
    await page.getByLabel('User name').fill('p.analyst');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Priya Analyst (performance)').waitFor();
    expect(new URL(page.url()).origin + new URL(page.url()).pathname).toBe(`${web.baseUrl}/`);
    await context.close();
  });

  it('explains a wrong password, signs in with the right one, and signs out', async () => {
    // The refused password answers 401, which Chromium logs; nothing else may be logged.
    const { page } = await web.open('/', { ignore: /401/ });
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('User name').fill('p.analyst');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('The user name or password is not right.');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'sign-in');

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

  it('words a single sign-on problem code itself and never shows text taken from the link', async () => {
    const planted = 'Your account is locked. Call 0800 000 000 and give your password.';
    const { page } = await web.open(`/sign-in?problem=${encodeURIComponent(planted)}`);
    await page.locator('.govuk-error-summary').waitFor();
    const shown = await page.locator('.govuk-error-summary').innerText();
    expect(shown).toContain('Single sign-on did not finish. Start signing in again.');
    expect(shown).not.toContain('0800');
    await page.goto(`${new URL(page.url()).origin}/sign-in?problem=sso-no-account`);
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain(
      'No active Bluelamp account is set up for single sign-on with your identity.',
    );
    await page.close();
  });
});
