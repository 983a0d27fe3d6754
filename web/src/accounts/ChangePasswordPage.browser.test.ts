import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const OLD_PASSWORD = 'harbour kettle violet';
const NEW_PASSWORD = 'lantern gravel orchid';

describeWithDemoData('changing your own password, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;

  beforeAll(async () => {
    await addUser(ctx(), { username: 'r.owner', displayName: 'Rhys Owner', role: 'owner', password: OLD_PASSWORD });
    await addUser(ctx(), { username: 's.owner', displayName: 'Sam Owner', role: 'owner', password: OLD_PASSWORD });
  });

  /** Signs in through the sign-in page, then follows the header link to the change-password page. */
  async function changePasswordPageAs(username: string, displayName: string): Promise<Page> {
    // Refused passwords answer 400 or 401, which Chromium logs; nothing else may be logged.
    const { page } = await web.open('/sign-in', { ignore: /40[01]/ });
    await page.getByLabel('User name').fill(username);
    await page.getByLabel('Password').fill(OLD_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(`${displayName} (owner)`).waitFor();
    await page.getByRole('link', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    return page;
  }

  /** Whether the API lets `username` sign in with `password`, from a browser of its own. */
  async function signsIn(username: string, password: string): Promise<boolean> {
    const { context } = await web.open();
    const response = await context.request.post(`${web.baseUrl}/api/session`, { data: { username, password } });
    await context.close();
    return response.ok();
  }

  it('changes the password, ends the other session, keeps this one, and the old password is refused', async () => {
    const { context: elsewhere } = await web.open();
    await elsewhere.request.post(`${web.baseUrl}/api/session`, {
      data: { username: 'r.owner', password: OLD_PASSWORD },
    });
    const page = await changePasswordPageAs('r.owner', 'Rhys Owner');
    expect(await page.locator('main').innerText()).toContain('At least 12 characters');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'change-password');

    await page.getByLabel('Current password').fill(OLD_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    expect(await banner.innerText()).toContain(
      'Your password has been changed and your 1 other session was signed out.',
    );
    expect(await page.getByLabel('Current password').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'change-password-done');

    const stillHere: unknown = await page.evaluate(
      async () => (await fetch('/api/session')).json() as Promise<unknown>,
    );
    expect(stillHere).toMatchObject({ user: { username: 'r.owner' } });
    const otherSession = await elsewhere.request.get(`${web.baseUrl}/api/session`);
    expect(await otherSession.json()).toEqual({ user: null, csrfToken: null });
    expect(await signsIn('r.owner', OLD_PASSWORD)).toBe(false);
    expect(await signsIn('r.owner', NEW_PASSWORD)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await elsewhere.close();
    await page.close();
  });

  it('refuses a wrong current password, a weak new one and a confirmation that differs, at the right field', async () => {
    const page = await changePasswordPageAs('s.owner', 'Sam Owner');
    const summary = page.locator('.govuk-error-summary');

    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Enter your current password');

    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.getByText('The current password is not right.').waitFor();
    await summary.getByRole('link', { name: 'The current password is not right.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('change-password-current');
    expect(await page.locator('#change-password-current-error').innerText()).toContain('not right');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'change-password-errors');

    await page.getByLabel('Current password').fill(OLD_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('short one');
    await page.getByLabel('Confirm new password').fill('short one');
    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.getByText(/at least 12 characters/).waitFor();
    expect(await page.locator('#change-password-new-error').innerText()).toContain('at least 12 characters');

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill('lantern gravel orchis');
    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.getByText(/not the same/).waitFor();
    expect(await page.locator('#change-password-confirm-error').innerText()).toContain('not the same');

    expect(await signsIn('s.owner', OLD_PASSWORD)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('asks the public to sign in rather than showing the form', async () => {
    const { page } = await web.open('/account/password');
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(2);
    expect(await page.getByLabel('Current password').count()).toBe(0);
    await page.close();
  });
});
