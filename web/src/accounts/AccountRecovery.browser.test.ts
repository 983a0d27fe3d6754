import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addUser, disableUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';
const CHOSEN_PASSWORD = 'meadow copper lantern';

describeWithDemoData('resetting passwords and re-enabling accounts on the users page, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);
  const { consoleErrors } = web;

  beforeAll(async () => {
    const accounts = [
      { username: 'chief.admin', displayName: 'Chief Admin', role: 'admin' },
      { username: 'f.owner', displayName: 'Fran Owner', role: 'owner' },
      { username: 'g.viewer', displayName: 'Gita Viewer', role: 'viewer' },
      { username: 'h.reviewer', displayName: 'Hal Reviewer', role: 'reviewer' },
    ] as const;
    for (const account of accounts) await addUser(ctx(), { ...account, password: PASSWORD });
    await disableUser(ctx(), 'h.reviewer', 'Left the team');
  });

  async function usersPage(): Promise<Page> {
    // A refused form answers 400, which Chromium logs; nothing else may be logged.
    const { page } = await web.open('/sign-in', { ignore: /400/ });
    await page.getByLabel('User name').fill('chief.admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Chief Admin (admin)').waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.locator('#users tbody tr').first().waitFor();
    return page;
  }

  /** Whether the API lets `username` sign in with `password`, from a browser of its own. */
  async function signsIn(username: string, password: string): Promise<boolean> {
    const { context } = await web.open();
    const response = await context.request.post(`${web.baseUrl}/api/session`, { data: { username, password } });
    await context.close();
    return response.ok();
  }

  it('sets a password the administrator chose, after saying what is wrong, and only it signs in', async () => {
    const page = await usersPage();
    expect(await page.getByRole('button', { name: 'Reset password chief.admin' }).count()).toBe(0);
    const ownRow = page.getByRole('row', { name: /chief\.admin/ });
    expect(await ownRow.getByRole('link', { name: 'Change your password' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Reset password f.owner' }).click();
    const form = page.locator('#reset-password');
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reset-password-heading');
    await page.getByLabel('I will choose the password').check();
    await page.getByLabel('Password to give them').fill('too short');
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText(/Give a reason/).waitFor();
    await page.getByLabel('Reason').fill('Forgot it after leave; asked by phone');
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    await summary.getByText(/at least 12 characters/).waitFor();
    expect(await page.locator('#reset-password-password-error').innerText()).toContain('at least 12 characters');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Password to give them').fill(CHOSEN_PASSWORD);
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    await page.getByText('Set the password of f.owner to the one you chose; their sessions have ended.').waitFor();
    expect(await form.count()).toBe(0);
    expect(await signsIn('f.owner', PASSWORD)).toBe(false);
    expect(await signsIn('f.owner', CHOSEN_PASSWORD)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('makes a strong password, shows it once, and the account signs in with it', async () => {
    const page = await usersPage();
    await page.getByRole('button', { name: 'Reset password g.viewer' }).click();
    await page.getByLabel('Make a strong password for me').waitFor();
    expect(await page.getByLabel('Make a strong password for me').isChecked()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'users-reset-password');
    await page.getByLabel('Reason').fill('Locked out before the board meeting');
    await page.getByRole('button', { name: 'Reset password', exact: true }).click();
    const shown = page.locator('#generated-password');
    await shown.waitFor();
    const generated = await shown.innerText();
    expect(generated.length).toBeGreaterThanOrEqual(20);
    expect(await page.locator('main').innerText()).toContain('This is the only time it is shown.');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'users-generated-password');

    await page.getByRole('button', { name: 'I have passed it on' }).click();
    await shown.waitFor({ state: 'detached' });
    expect(await page.locator('main').innerText()).not.toContain(generated);
    expect(await signsIn('g.viewer', PASSWORD)).toBe(false);
    expect(await signsIn('g.viewer', generated)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('re-enables a disabled account with a reason, and it signs in again', async () => {
    expect(await signsIn('h.reviewer', PASSWORD)).toBe(false);
    const page = await usersPage();
    const row = page.getByRole('row', { name: /h\.reviewer/ });
    expect(await row.getByRole('button', { name: /^Disable/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Re-enable h.reviewer' }).click();
    await page.locator('#enable-account').waitFor();
    await page.getByRole('button', { name: 'Re-enable account' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByText(/Give a reason/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'users-re-enable');

    await page.getByLabel('Reason').fill('Back from secondment');
    await page.getByRole('button', { name: 'Re-enable account' }).click();
    await page.getByText('Re-enabled h.reviewer; they can sign in again.').waitFor();
    await expect.poll(() => row.innerText()).toContain('Active');
    expect(await signsIn('h.reviewer', PASSWORD)).toBe(true);

    await page.getByRole('link', { name: 'History of h.reviewer' }).click();
    await page.locator('#history tbody tr').nth(1).waitFor();
    const history = await page.locator('#history').innerText();
    expect(history).toContain('disabled: true → false');
    expect(history).toContain('Back from secondment');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
