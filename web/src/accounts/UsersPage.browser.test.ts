import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { addUser } from '../../../src/services/index.js';
import { axeViolations } from '../../../test/support/accessibility.js';
import { webAppInChromium } from '../../../test/support/browserPage.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const PASSWORD = 'harbour kettle violet';

describeWithDemoData('the users page and history, in Chromium', (ctx, dialect) => {
  const web = webAppInChromium(ctx, dialect);

  beforeAll(async () => {
    await addUser(ctx(), { username: 'chief.admin', displayName: 'Chief Admin', role: 'admin', password: PASSWORD });
  });

  async function signedInPage(): Promise<Page> {
    const { page } = await web.open('/sign-in');
    await page.getByLabel('User name').fill('chief.admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Chief Admin (admin)').waitFor();
    return page;
  }

  it('lets an administrator add and disable an account, and shows its history', async () => {
    const page = await signedInPage();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.locator('#users tbody tr').first().waitFor();
    await page.getByLabel('User name', { exact: true }).fill('new.owner');
    await page.getByLabel('Name', { exact: true }).fill('New Owner');
    await page.getByLabel('Role').selectOption('owner');
    await page.getByLabel('All of Frontline Policing (FP)').check();
    await page.getByLabel('Single sign-on only').check();
    await page.getByLabel('E-mail address they sign in with').fill('new.owner@force.police.uk');
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByRole('row', { name: /new\.owner/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Disable new.owner' }).click();
    await page.getByText('Disabled new.owner; their sessions have ended.').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /new\.owner/ }).innerText()).toContain('Disabled');
    await web.screenshot(page, 'users');

    await page.getByRole('link', { name: 'History of new.owner' }).click();
    await page.locator('#history tbody tr').nth(1).waitFor();
    const history = await page.locator('#history').innerText();
    expect(history).toContain('user:chief.admin');
    expect(history).toContain('disabled: false → true');
    expect(history).toContain('Disabled from the users page');
    expect(await axeViolations(page)).toEqual([]);
    await web.screenshot(page, 'history');
    await page.close();
  });

  it('does not offer the users page to the public, and the API refuses them', async () => {
    const { page } = await web.open('/users');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary').innerText()).toContain('Sign in to do this.');
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await page.close();
  });
});
